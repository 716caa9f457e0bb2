package org.appregistry.sync;

import java.util.List;
import java.util.UUID;

import org.appregistry.apps.App;
import org.appregistry.apps.AppService;
import org.appregistry.downloads.DownloadRequest;
import org.appregistry.downloads.DownloadService;
import org.appregistry.downloads.RequestEnvironment;
import org.appregistry.downloads.SyncStatus;
import org.appregistry.identity.Groups;
import org.appregistry.notifications.Notification.References;
import org.appregistry.notifications.NotificationKind;
import org.appregistry.notifications.NotificationService;
import org.appregistry.organizations.OrganizationService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pushes a request's client record into each environment of its organisation: the production
 * client ID to production environments, the non-production one to the rest. Each push is one
 * job of environmentSync; a failed attempt is recorded on the environment even though the
 * job's own transaction rolls back.
 */
@Service
@Transactional
public class SyncService {

    private final DownloadService downloads;
    private final OrganizationService organizations;
    private final AppService apps;
    private final ClientRecords records;
    private final RegistryClient client;
    private final ClientUrls urls;
    private final NotificationService notifications;
    private final SyncMetrics metrics;

    SyncService(DownloadService downloads, OrganizationService organizations, AppService apps, ClientRecords records,
            RegistryClient client, ClientUrls urls, NotificationService notifications, SyncMetrics metrics) {
        this.downloads = downloads;
        this.organizations = organizations;
        this.apps = apps;
        this.records = records;
        this.client = client;
        this.urls = urls;
        this.notifications = notifications;
        this.metrics = metrics;
    }

    /** The environments still to sync; all of them on a first run. */
    @Transactional(readOnly = true)
    public List<UUID> environmentsToSync(UUID requestId) {
        return downloads.environmentsOf(requestId).stream()
                .filter(e -> e.getSyncStatus() != SyncStatus.SYNCED)
                .map(RequestEnvironment::getEnvironmentId)
                .toList();
    }

    /**
     * One push; idempotent (a PUT keyed by client ID), so a retried job does no harm. A request
     * being removed gets nothing more.
     */
    public void push(UUID requestId, UUID environmentId) {
        RequestEnvironment target = downloads.environment(requestId, environmentId);
        if (target.getSyncStatus() == SyncStatus.SYNCED || !downloads.get(requestId).getStatus().isLive()) {
            return;
        }
        String url = urls.of(requestId, target);
        try {
            client.put(url, records.build(requestId, environmentId));
        } catch (SyncFailedException e) {
            metrics.pushed(target.getCode(), false);
            downloads.markEnvironmentFailed(requestId, environmentId, target.getCode() + ": " + e.getMessage());
            throw e;
        }
        metrics.pushed(target.getCode(), true);
        downloads.markEnvironmentSynced(requestId, environmentId);
    }

    /** Every environment has the record: the request is SYNCED, and both sides hear of it. */
    public void complete(UUID requestId) {
        downloads.markSynced(requestId);
        DownloadRequest request = downloads.get(requestId);
        App app = apps.get(request.getAppId());
        String organization = organizations.organization(request.getOrganizationId()).getName();
        tell(List.of(Groups.organizationMembers(request.getOrganizationId()),
                        Groups.vendorDevelopers(app.getVendorId())),
                NotificationKind.REQUEST_SYNCED, app.getName() + " is synced to " + organization,
                "The client record now exists in every environment of " + organization
                        + ", so its authorization server can authorize the APIs listed on the client.",
                new References(app.getId(), request.getOrganizationId(), requestId));
    }

    /**
     * A push ran out of retries and now waits as an incident: the organisation, the vendor's
     * developers and the operators hear of it, so that nobody waits in silence for a record that
     * arrives only once an operator retries. In a transaction of its own: the engine calls this
     * while it records the incident, and a failure here must not roll that back.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void reportRetriesExhausted(UUID requestId, UUID environmentId) {
        DownloadRequest request = downloads.get(requestId);
        RequestEnvironment environment = downloads.environment(requestId, environmentId);
        App app = apps.get(request.getAppId());
        String organization = organizations.organization(request.getOrganizationId()).getName();
        String failure = environment.getLastError() == null ? "" : " (" + environment.getLastError() + ")";
        tell(List.of(Groups.organizationMembers(request.getOrganizationId()),
                        Groups.vendorDevelopers(app.getVendorId()), Groups.OPERATORS),
                NotificationKind.SYNC_FAILED,
                "Sync of " + app.getName() + " to " + organization + " failed in environment " + environment.getCode(),
                "The client record of " + app.getName() + " could not be pushed to environment "
                        + environment.getCode() + " of " + organization + " after every retry" + failure
                        + ". Once the environment answers again, an operator can retry the push in Cockpit: it is"
                        + " an incident of the environmentSync process with business key " + requestId + ".",
                new References(app.getId(), request.getOrganizationId(), requestId));
    }

    private void tell(List<String> groups, NotificationKind kind, String subject, String message, References about) {
        groups.forEach(group -> notifications.notify(group, kind, subject, message, about));
    }

}
