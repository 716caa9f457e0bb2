package org.appregistry.sync;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import org.appregistry.apps.App;
import org.appregistry.apps.AppService;
import org.appregistry.common.InvalidInputException;
import org.appregistry.downloads.DownloadRemovals;
import org.appregistry.downloads.DownloadRequest;
import org.appregistry.downloads.DownloadService;
import org.appregistry.identity.Groups;
import org.appregistry.notifications.Notification.References;
import org.appregistry.notifications.NotificationKind;
import org.appregistry.notifications.NotificationService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An app after go-live, as the programme and its developer change it: suspension (the records
 * stay, disabled), its end, and retirement (the records go). The row changes at once; the
 * environments follow in processes (clientRecordRefresh, appRetirement, downloadRemoval). The
 * vendor's developers and every organisation with a live request hear of each change. Callers
 * have authorized the person.
 */
@Service
@Transactional
public class AppLifecycle {

    public static final int MAX_REASON_LENGTH = 500;

    private final AppService apps;
    private final DownloadService downloads;
    private final DownloadRemovals removals;
    private final ClientRecordRefreshStarts refreshes;
    private final AppRetirementStarts retirements;
    private final NotificationService notifications;
    private final Clock clock;

    AppLifecycle(AppService apps, DownloadService downloads, DownloadRemovals removals,
            ClientRecordRefreshStarts refreshes, AppRetirementStarts retirements, NotificationService notifications,
            Clock clock) {
        this.apps = apps;
        this.downloads = downloads;
        this.removals = removals;
        this.refreshes = refreshes;
        this.retirements = retirements;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** Starts appRetirement for an app whose retirement date is set. Implemented by the process adapter. */
    public interface AppRetirementStarts {

        void retireOnDate(UUID appId);
    }

    /** The programme suspends the app: every environment refuses its client from the next push on. */
    public App suspend(UUID appId, String operator, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "is required: the vendor and the organisations read it");
        }
        if (reason.strip().length() > MAX_REASON_LENGTH) {
            throw new InvalidInputException("reason", "must be at most " + MAX_REASON_LENGTH + " characters");
        }
        App app = apps.suspend(appId, operator, reason.strip());
        refreshes.refresh(appId);
        tell(app, NotificationKind.APP_SUSPENDED, app.getName() + " is suspended by the programme",
                "The programme suspended " + app.getName() + ": " + app.getSuspensionReason() + ". Every "
                        + "environment refuses the app's client (invalid_client) until the suspension is lifted, and "
                        + "the app cannot be downloaded meanwhile.");
        return app;
    }

    /** The suspension ends: the records are pushed again, enabled. */
    public App restore(UUID appId, String operator) {
        App app = apps.restore(appId, operator);
        refreshes.refresh(appId);
        tell(app, NotificationKind.APP_RESTORED, app.getName() + " is no longer suspended",
                "The programme lifted the suspension of " + app.getName() + ": its client records work again in every"
                        + " environment that has them, and it can be downloaded again.");
        return app;
    }

    /** The developer retires the app from {@code effectiveAt} (now or later); appRetirement waits for the date. */
    public App scheduleRetirement(UUID appId, String developer, Instant effectiveAt) {
        if (effectiveAt == null) {
            throw new InvalidInputException("effectiveAt", "is required: the instant (ISO 8601) from which the app "
                    + "is retired");
        }
        if (effectiveAt.isBefore(clock.instant().minusSeconds(60))) {
            throw new InvalidInputException("effectiveAt", "must not be in the past");
        }
        App app = apps.scheduleRetirement(appId, developer, effectiveAt);
        retirements.retireOnDate(appId);
        tell(app, NotificationKind.APP_RETIRING, app.getName() + " retires on " + effectiveAt,
                "The developer of " + app.getName() + " retires it from " + effectiveAt + ": from then it is removed"
                        + " from every environment, cannot be downloaded, and is no longer on Connection Hub."
                        + " Where a newer version of the app exists, request it from your Downloads page.");
        return app;
    }

    /** The retirement date has come (appRetirement's step): RETIRED, and every live request is removed. Idempotent. */
    public void retire(UUID appId) {
        apps.retire(appId);
        for (DownloadRequest request : downloads.liveRequestsOf(appId)) {
            removals.remove(request.getId(), apps.retirementScheduledBy(appId).orElse(null));
        }
    }

    private void tell(App app, NotificationKind kind, String subject, String message) {
        Set<String> groups = new LinkedHashSet<>();
        groups.add(Groups.vendorDevelopers(app.getVendorId()));
        downloads.liveRequestsOf(app.getId()).forEach(r -> groups.add(Groups.organizationMembers(r.getOrganizationId())));
        groups.forEach(group -> notifications.notify(group, kind, subject, message,
                new References(app.getId(), null, null)));
    }
}
