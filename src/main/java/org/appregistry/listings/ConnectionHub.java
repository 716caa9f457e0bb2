package org.appregistry.listings;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.appregistry.apps.App;
import org.appregistry.apps.AppImage;
import org.appregistry.apps.AppService;
import org.appregistry.apps.ListingSearch;
import org.appregistry.common.ConflictException;
import org.appregistry.common.InvalidInputException;
import org.appregistry.common.NotFoundException;
import org.appregistry.downloads.DownloadService;
import org.appregistry.organizations.OrganizationService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Connection Hub, the public catalogue of apps. The source document's rule: a developer may
 * list an app once it has its first live customer, which takes an ACTIVE app whose client
 * record synced into some organisation's environments. Anyone reads what is listed; an app
 * that is not listed is unknown here, whether it exists or not.
 */
@Service
@Transactional
public class ConnectionHub {

    private final AppService apps;
    private final DownloadService downloads;
    private final OrganizationService organizations;
    private final MarketingRepository marketing;
    private final Clock clock;

    public ConnectionHub(AppService apps, DownloadService downloads, OrganizationService organizations,
            MarketingRepository marketing, Clock clock) {
        this.marketing = marketing;
        this.clock = clock;
        this.apps = apps;
        this.downloads = downloads;
        this.organizations = organizations;
    }

    public ListingView list(UUID appId, String userId) {
        App app = apps.get(appId);
        if (!app.isActive()) {
            throw new ConflictException("The app is not ACTIVE: an app can be listed on Connection Hub once it is "
                    + "ready for production and has its first live customer.");
        }
        if (!downloads.hasLiveCustomer(appId)) {
            throw new ConflictException("The app has no live customer yet: it can be listed on Connection Hub once "
                    + "its client record has synced into an organisation's environments.");
        }
        apps.list(appId, userId);
        return view(apps.get(appId));
    }

    public void withdraw(UUID appId, String userId) {
        apps.withdraw(appId, userId);
    }

    @Transactional(readOnly = true)
    public List<ListingView> search(ListingSearch search) {
        return apps.listed(search).stream().map(this::view).toList();
    }

    @Transactional(readOnly = true)
    public ListingView listing(UUID appId) {
        return view(listed(appId));
    }

    @Transactional(readOnly = true)
    public AppImage image(UUID appId, UUID imageId) {
        return apps.image(listed(appId).getId(), imageId);
    }

    /**
     * The developer sets the listing's marketing fields (all of them; one left out is cleared), any
     * time while the app is ACTIVE, listed or not yet: they show once it is listed. Checked whole
     * first: 422 with every broken field, nothing written.
     */
    public MarketingFields setMarketing(UUID appId, String userId, MarketingFields fields) {
        var problems = MarketingRules.check(fields);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (!apps.get(appId).isActive()) {
            throw new ConflictException("The app is not ACTIVE: marketing fields belong to apps that are, or may be,"
                    + " listed on Connection Hub.");
        }
        Marketing row = marketing.findById(appId).orElseGet(() -> new Marketing(appId));
        row.replace(fields, userId, clock.instant());
        return marketing.save(row).fields();
    }

    @Transactional(readOnly = true)
    public MarketingFields marketingOf(UUID appId) {
        return marketing.findById(appId).map(Marketing::fields).orElse(MarketingFields.NONE);
    }

    private App listed(UUID appId) {
        return apps.findListed(appId).orElseThrow(() -> new NotFoundException("no listed app has this id"));
    }

    private ListingView view(App app) {
        return ListingView.of(app, organizations.vendor(app.getVendorId()).getName(), apps.imagesOf(app.getId()),
                marketingOf(app.getId()));
    }
}
