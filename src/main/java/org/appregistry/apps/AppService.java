package org.appregistry.apps;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.appregistry.apps.AppTasks.Finalization;
import org.appregistry.apps.ListingDifferences.Difference;
import org.appregistry.apps.ListingDifferences.Side;
import org.appregistry.apps.ListingRules.ReadinessFacts;
import org.appregistry.catalog.ApiCatalog;
import org.appregistry.catalog.CatalogApi;
import org.appregistry.common.FieldProblem;
import org.appregistry.common.InvalidInputException;
import org.appregistry.common.NotFoundException;
import org.appregistry.identity.AccessPolicy;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The app record's life: register (anew or as a copy), change while in development, accept the
 * terms, review, activate, list on Connection Hub and withdraw. Every transition is one method
 * here; the process and the controllers call them.
 */
@Service
@Transactional
public class AppService {

    private final AppRepository apps;
    private final AppImageRepository images;
    private final AppEventRepository history;
    private final ListingRules rules;
    private final ApiCatalog catalog;
    private final AutoSyncEligibility eligibility;
    private final ApplicationEventPublisher events;
    private final AccessPolicy access;

    public AppService(AppRepository apps, AppImageRepository images, AppEventRepository history, ListingRules rules,
            ApiCatalog catalog, AutoSyncEligibility eligibility, ApplicationEventPublisher events,
            AccessPolicy access) {
        this.access = access;
        this.apps = apps;
        this.images = images;
        this.history = history;
        this.rules = rules;
        this.catalog = catalog;
        this.eligibility = eligibility;
        this.events = events;
    }

    /** Published after a change to an app in development, so that an open task can show it. */
    public record AppChanged(UUID appId) {
    }

    /** Checks a new listing without writing anything: the same rules {@link #register} applies. */
    @Transactional(readOnly = true)
    public void checkNew(ListingChanges input) {
        checked(Listing.EMPTY.with(input));
    }

    public App register(UUID vendorId, String createdBy, ListingChanges input) {
        return create(vendorId, createdBy, input, null);
    }

    /**
     * A new app linked to its predecessor, with the given listing and the predecessor's images.
     * The predecessor must belong to the requester's vendor: an id passed in is never enough, and
     * another vendor's app is as unknown here as everywhere else.
     */
    public App registerCopy(UUID vendorId, String createdBy, ListingChanges input, UUID predecessorId) {
        App predecessor = apps.findById(predecessorId).filter(p -> p.getVendorId().equals(vendorId))
                .orElseThrow(() -> new NotFoundException("app not found"));
        App copy = create(vendorId, createdBy, input, predecessor.getId());
        images.findByAppId(predecessor.getId()).forEach(image -> images.save(image.copyFor(copy.getId())));
        return copy;
    }

    private App create(UUID vendorId, String createdBy, ListingChanges input, UUID predecessorId) {
        Listing listing = checked(Listing.EMPTY.with(input));
        App app = App.register(vendorId, createdBy, listing, predecessorId);
        app.recordAutoSync(eligibility.evaluate(factsOf(listing)));
        return apps.save(app);
    }

    @Transactional(readOnly = true)
    public App get(UUID appId) {
        return apps.findById(appId).orElseThrow(() -> new NotFoundException("app not found"));
    }

    @Transactional(readOnly = true)
    public Optional<App> findByClientId(UUID clientId) {
        return apps.findByClientId(clientId);
    }

    @Transactional(readOnly = true)
    public List<App> ofVendor(UUID vendorId) {
        return apps.findByVendorIdOrderByCreatedAt(vendorId);
    }

    public App change(UUID appId, ListingChanges changes) {
        App app = get(appId);
        app.requireChangeable();
        Listing listing = checked(app.listing().with(changes));
        app.change(listing);
        app.recordAutoSync(eligibility.evaluate(factsOf(listing)));
        events.publishEvent(new AppChanged(appId));
        return app;
    }

    /**
     * The developer's "finalize details and mark ready": the changes, then the terms checkbox.
     * Only a developer of the app's vendor may answer; the review that follows decides readiness.
     */
    public void finalizeDetails(UUID appId, String userId, Finalization answer) {
        access.requireDeveloperOf(userId, get(appId).getVendorId(), "app");
        App app = change(appId, answer.changes());
        if (answer.termsAccepted()) {
            app.acceptTerms(userId);
        }
    }

    /** Production readiness as it stands; with {@code assumeTermsAccepted} as if the box were ticked now. */
    @Transactional(readOnly = true)
    public List<Finding> findings(App app, boolean assumeTermsAccepted) {
        List<ImageSummary> pictures = images.summariesOf(app.getId());
        ReadinessFacts facts = new ReadinessFacts(assumeTermsAccepted || app.termsAccepted(),
                pictures.stream().filter(i -> i.kind() == AppImage.Kind.THUMBNAIL).map(ImageSummary::info).findFirst(),
                pictures.stream().filter(i -> i.kind() == AppImage.Kind.SCREENSHOT).map(ImageSummary::info).toList());
        return rules.review(app.listing(), facts);
    }

    /** Becomes ACTIVE, and immutable, when the review finds no error. */
    public void activate(UUID appId) {
        App app = get(appId);
        if (findings(app, false).stream().anyMatch(Finding::isError)) {
            throw new IllegalStateException("app " + appId + " has readiness errors and cannot become ACTIVE");
        }
        app.activate();
    }

    public void setThumbnail(UUID appId, byte[] bytes) {
        App app = get(appId);
        app.requireChangeable();
        ImageInfo info = readImage(bytes);
        images.deleteByAppIdAndKind(appId, AppImage.Kind.THUMBNAIL);
        images.flush();
        images.save(new AppImage(appId, AppImage.Kind.THUMBNAIL, 0, info, null, bytes));
        events.publishEvent(new AppChanged(appId));
    }

    public void addScreenshot(UUID appId, byte[] bytes, String caption) {
        App app = get(appId);
        app.requireChangeable();
        ImageInfo info = readImage(bytes);
        long existing = images.summariesOf(appId).stream().filter(i -> i.kind() == AppImage.Kind.SCREENSHOT).count();
        List<FieldProblem> problems = rules.checkScreenshot((int) existing, info, caption);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        images.save(new AppImage(appId, AppImage.Kind.SCREENSHOT, (int) existing, info, caption, bytes));
        events.publishEvent(new AppChanged(appId));
    }

    @Transactional(readOnly = true)
    public List<ImageSummary> imagesOf(UUID appId) {
        return images.summariesOf(appId);
    }

    @Transactional(readOnly = true)
    public AppImage image(UUID appId, UUID imageId) {
        return images.findByIdAndAppId(imageId, appId).orElseThrow(() -> new NotFoundException("image not found"));
    }

    /** How a copy's listing differs from its predecessor's now; nothing for an app that is no copy. */
    @Transactional(readOnly = true)
    public List<Difference> differences(App app) {
        if (app.getPredecessorId() == null) {
            return List.of();
        }
        App predecessor = get(app.getPredecessorId());
        return ListingDifferences.between(
                new Side(predecessor.getId(), predecessor.listing(), images.summariesOf(predecessor.getId())),
                new Side(app.getId(), app.listing(), images.summariesOf(app.getId())));
    }

    /**
     * Listed on Connection Hub, and recorded in the app's history; listing a listed app changes
     * nothing. Whether the app may be listed (its first live customer) is the caller's rule.
     */
    public void list(UUID appId, String userId) {
        if (get(appId).list()) {
            history.save(new AppEvent(appId, AppEvent.Kind.LISTED, userId));
        }
    }

    /** Withdrawn from Connection Hub, and recorded; withdrawing an app that is not listed changes nothing. */
    public void withdraw(UUID appId, String userId) {
        if (get(appId).withdraw()) {
            history.save(new AppEvent(appId, AppEvent.Kind.WITHDRAWN, userId));
        }
    }

    @Transactional(readOnly = true)
    public List<AppEvent> history(UUID appId) {
        return history.findByAppIdOrderByOccurredAt(appId);
    }

    @Transactional(readOnly = true)
    public Optional<App> findListed(UUID appId) {
        return apps.findById(appId).filter(App::isListed);
    }

    /** The apps listed on Connection Hub that match, by name. */
    @Transactional(readOnly = true)
    public List<App> listed(ListingSearch search) {
        return apps.findAll(search.specification(), Sort.by("name", "id"));
    }

    @Transactional(readOnly = true)
    public AutoSyncFacts autoSyncFacts(UUID appId) {
        return factsOf(get(appId).listing());
    }

    public void recordAutoSyncVerdict(UUID appId, AutoSyncVerdict verdict) {
        get(appId).recordAutoSync(verdict);
    }

    private AutoSyncFacts factsOf(Listing listing) {
        List<String> nonQualifying = listing.incomingApis().stream()
                .filter(name -> catalog.find(name).filter(CatalogApi::isReadOnlyUscdi).isEmpty())
                .toList();
        return new AutoSyncFacts(listing.audience(), listing.incomingApis().size(), nonQualifying,
                listing.usesRefreshTokens());
    }

    private Listing checked(Listing listing) {
        List<FieldProblem> problems = rules.check(listing);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return listing;
    }

    /**
     * Only the header is read here, but whatever shows the image later decodes every pixel it
     * claims: a 5 MB file can claim 50000 x 50000 (10 GB of pixels), so a side is bounded.
     */
    static final int MAX_SIDE = 8000;

    private static ImageInfo readImage(byte[] bytes) {
        ImageInfo image = ImageInspector.inspect(bytes)
                .orElseThrow(() -> new InvalidInputException("file", "must be a PNG or JPEG image"));
        if (image.width() > MAX_SIDE || image.height() > MAX_SIDE) {
            throw new InvalidInputException("file", "must be at most " + MAX_SIDE + " x " + MAX_SIDE
                    + " pixels (it claims " + image.width() + " x " + image.height() + ")");
        }
        return image;
    }
}
