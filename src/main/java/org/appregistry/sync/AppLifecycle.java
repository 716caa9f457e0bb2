package org.appregistry.sync;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.appregistry.apps.App;
import org.appregistry.apps.AppService;
import org.appregistry.common.InvalidInputException;
import org.appregistry.downloads.DownloadRemovals;
import org.appregistry.downloads.DownloadRequest;
import org.appregistry.downloads.DownloadService;
import org.springframework.context.ApplicationEventPublisher;
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
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AppLifecycle(AppService apps, DownloadService downloads, DownloadRemovals removals,
            ClientRecordRefreshStarts refreshes, AppRetirementStarts retirements, ApplicationEventPublisher events,
            Clock clock) {
        this.apps = apps;
        this.downloads = downloads;
        this.removals = removals;
        this.refreshes = refreshes;
        this.retirements = retirements;
        this.events = events;
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
        tell(app, AppLifecycleChanged.Change.SUSPENDED, app.getSuspensionReason(), null);
        return app;
    }

    /** The suspension ends: the records are pushed again, enabled. */
    public App restore(UUID appId, String operator) {
        App app = apps.restore(appId, operator);
        refreshes.refresh(appId);
        tell(app, AppLifecycleChanged.Change.RESTORED, null, null);
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
        tell(app, AppLifecycleChanged.Change.RETIRING, null, effectiveAt);
        return app;
    }

    /** The retirement date has come (appRetirement's step): RETIRED, and every live request is removed. Idempotent. */
    public void retire(UUID appId) {
        apps.retire(appId);
        for (DownloadRequest request : downloads.liveRequestsOf(appId)) {
            removals.remove(request.getId(), apps.retirementScheduledBy(appId).orElse(null));
        }
    }

    private void tell(App app, AppLifecycleChanged.Change change, String reason, Instant effectiveAt) {
        List<UUID> organizations = downloads.liveRequestsOf(app.getId()).stream()
                .map(DownloadRequest::getOrganizationId).distinct().toList();
        events.publishEvent(new AppLifecycleChanged(change, app.getId(), app.getName(), app.getVendorId(),
                organizations, reason, effectiveAt));
    }
}
