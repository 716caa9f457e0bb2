package org.appregistry.apps;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
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
    private final Clock clock;

    public AppService(AppRepository apps, AppImageRepository images, AppEventRepository history, ListingRules rules,
            ApiCatalog catalog, AutoSyncEligibility eligibility, ApplicationEventPublisher events,
            AccessPolicy access, Clock clock) {
        this.clock = clock;
        this.access = access;
        this.apps = apps;
        this.images = images;
        this.history = history;
        this.rules = rules;
        this.catalog = catalog;
        this.eligibility = eligibility;
        this.events = events;
    }

    /** Published when a copy of an app becomes ACTIVE: its predecessor's organisations may move to it. */
    public record SuccessorActivated(UUID appId, UUID predecessorId) {
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
        images.findByAppId(predecessor.getId()).forEach(image -> images.save(image.copyFor(copy.getId(), clock.instant())));
        return copy;
    }

    private App create(UUID vendorId, String createdBy, ListingChanges input, UUID predecessorId) {
        Listing listing = checked(Listing.EMPTY.with(input));
        App app = App.register(vendorId, createdBy, listing, predecessorId, clock.instant());
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
            app.acceptTerms(userId, clock.instant());
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

    /**
     * Becomes ACTIVE, and immutable. Only the review's Task_ActivateApp calls this, in the
     * transaction in which Task_CheckReadiness found no error: readiness is not computed again.
     */
    public void activate(UUID appId) {
        App app = get(appId);
        boolean wasActive = app.isActive();
        app.activate(clock.instant());
        if (!wasActive && app.getPredecessorId() != null) {
            events.publishEvent(new SuccessorActivated(appId, app.getPredecessorId()));
        }
    }

    /** The programme suspends the app; recorded in its history. Its client records follow (sync). */
    public App suspend(UUID appId, String userId, String reason) {
        App app = get(appId);
        app.suspend(reason, clock.instant());
        history.save(new AppEvent(appId, AppEvent.Kind.SUSPENDED, userId, clock.instant()));
        return app;
    }

    public App restore(UUID appId, String userId) {
        App app = get(appId);
        app.restore();
        history.save(new AppEvent(appId, AppEvent.Kind.RESTORED, userId, clock.instant()));
        return app;
    }

    /** The developer sets the retirement date; the app stays as it is until then. */
    public App scheduleRetirement(UUID appId, String userId, Instant at) {
        App app = get(appId);
        app.scheduleRetirement(at);
        history.save(new AppEvent(appId, AppEvent.Kind.RETIREMENT_SCHEDULED, userId, clock.instant()));
        return app;
    }

    /** The retirement date has come: RETIRED, and withdrawn from Connection Hub. Idempotent. */
    public void retire(UUID appId) {
        App app = get(appId);
        if (app.getStatus() == AppStatus.RETIRED) {
            return;
        }
        // the timer acts for the developer who set the date
        String by = retirementScheduledBy(appId).orElse(app.getCreatedBy());
        if (app.isListed()) {
            history.save(new AppEvent(appId, AppEvent.Kind.WITHDRAWN, by, clock.instant()));
        }
        app.retire(clock.instant());
        history.save(new AppEvent(appId, AppEvent.Kind.RETIRED, by, clock.instant()));
    }

    /** Who set the app's retirement date, from its history. */
    @Transactional(readOnly = true)
    public Optional<String> retirementScheduledBy(UUID appId) {
        return history.findByAppIdOrderByOccurredAt(appId).stream()
                .filter(e -> e.getKind() == AppEvent.Kind.RETIREMENT_SCHEDULED).reduce((first, last) -> last)
                .map(AppEvent::getActor);
    }

    /** The newest ACTIVE copy of the app, if its developers made one. */
    @Transactional(readOnly = true)
    public Optional<App> activeSuccessorOf(UUID appId) {
        return apps.findByPredecessorIdAndStatusOrderByActivatedAtDesc(appId, AppStatus.ACTIVE).stream().findFirst();
    }

    public void setThumbnail(UUID appId, byte[] bytes) {
        App app = get(appId);
        app.requireChangeable();
        ImageInfo info = readImage(bytes);
        images.deleteByAppIdAndKind(appId, AppImage.Kind.THUMBNAIL);
        images.flush();
        images.save(new AppImage(appId, AppImage.Kind.THUMBNAIL, 0, info, null, bytes, clock.instant()));
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
        images.save(new AppImage(appId, AppImage.Kind.SCREENSHOT, (int) existing, info, caption, bytes,
                clock.instant()));
        events.publishEvent(new AppChanged(appId));
    }

    /** Removes a screenshot of an app in development (a copy's inherited ones too); the rest close up. */
    public void removeScreenshot(UUID appId, UUID imageId) {
        get(appId).requireChangeable();
        AppImage screenshot = screenshot(appId, imageId);
        images.delete(screenshot);
        images.flush();
        List<AppImage> rest = images.findByAppIdAndKindOrderByPosition(appId, AppImage.Kind.SCREENSHOT);
        renumber(rest);
        events.publishEvent(new AppChanged(appId));
    }

    /** Puts a new picture (and caption) in a screenshot's place; the same rules as adding one. */
    public void replaceScreenshot(UUID appId, UUID imageId, byte[] bytes, String caption) {
        get(appId).requireChangeable();
        AppImage old = screenshot(appId, imageId);
        ImageInfo info = readImage(bytes);
        long others = images.summariesOf(appId).stream().filter(i -> i.kind() == AppImage.Kind.SCREENSHOT).count() - 1;
        List<FieldProblem> problems = rules.checkScreenshot((int) others, info, caption);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        int position = old.getPosition();
        images.delete(old);
        images.flush();
        images.save(new AppImage(appId, AppImage.Kind.SCREENSHOT, position, info, caption, bytes, clock.instant()));
        events.publishEvent(new AppChanged(appId));
    }

    /** The screenshots in a new order: {@code order} names each of them exactly once. */
    public void reorderScreenshots(UUID appId, List<UUID> order) {
        get(appId).requireChangeable();
        List<AppImage> current = images.findByAppIdAndKindOrderByPosition(appId, AppImage.Kind.SCREENSHOT);
        List<UUID> ids = current.stream().map(AppImage::getId).toList();
        if (order == null || order.size() != ids.size() || !new HashSet<>(order).equals(new HashSet<>(ids))) {
            throw new InvalidInputException("imageIds", "must name each of the app's " + ids.size()
                    + " screenshots exactly once");
        }
        renumber(order.stream().map(id -> current.get(ids.indexOf(id))).toList());
        events.publishEvent(new AppChanged(appId));
    }

    /** Positions 0, 1, ... in this order; in two steps, so that no two rows share a position on the way. */
    private void renumber(List<AppImage> ordered) {
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).moveTo(-1 - i);
        }
        images.flush();
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).moveTo(i);
        }
        images.flush();
    }

    private AppImage screenshot(UUID appId, UUID imageId) {
        return images.findByIdAndAppId(imageId, appId).filter(i -> i.getKind() == AppImage.Kind.SCREENSHOT)
                .orElseThrow(() -> new NotFoundException("the app has no screenshot with this id"));
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
        if (get(appId).list(clock.instant())) {
            history.save(new AppEvent(appId, AppEvent.Kind.LISTED, userId, clock.instant()));
        }
    }

    /** Withdrawn from Connection Hub, and recorded; withdrawing an app that is not listed changes nothing. */
    public void withdraw(UUID appId, String userId) {
        if (get(appId).withdraw()) {
            history.save(new AppEvent(appId, AppEvent.Kind.WITHDRAWN, userId, clock.instant()));
        }
    }

    @Transactional(readOnly = true)
    public List<AppEvent> history(UUID appId) {
        return history.findByAppIdOrderByOccurredAt(appId);
    }

    @Transactional(readOnly = true)
    public Optional<App> findListed(UUID appId) {
        return apps.findById(appId).filter(App::isListed).filter(App::isActive);
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
