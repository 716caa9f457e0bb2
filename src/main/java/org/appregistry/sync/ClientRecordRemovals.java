package org.appregistry.sync;

import java.util.List;
import java.util.UUID;

import org.appregistry.apps.App;
import org.appregistry.apps.AppService;
import org.appregistry.downloads.DownloadRequest;
import org.appregistry.downloads.DownloadService;
import org.appregistry.downloads.RequestEnvironment;
import org.appregistry.downloads.RequestStatus;
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
 * Deletes a removed request's client record from each environment of its organisation, one
 * job of downloadRemoval each, then marks the request REMOVED. Every environment is asked,
 * also one that never received the record: a DELETE is idempotent, and a push may have arrived
 * without being recorded.
 */
@Service
@Transactional
public class ClientRecordRemovals {

    private final DownloadService downloads;
    private final OrganizationService organizations;
    private final AppService apps;
    private final RegistryClient client;
    private final ClientUrls urls;
    private final NotificationService notifications;

    ClientRecordRemovals(DownloadService downloads, OrganizationService organizations, AppService apps,
            RegistryClient client, ClientUrls urls, NotificationService notifications) {
        this.downloads = downloads;
        this.organizations = organizations;
        this.apps = apps;
        this.client = client;
        this.urls = urls;
        this.notifications = notifications;
    }

    /** The environments that may still hold the record. */
    @Transactional(readOnly = true)
    public List<UUID> environmentsToClear(UUID requestId) {
        return downloads.environmentsOf(requestId).stream()
                .filter(e -> e.getSyncStatus() != SyncStatus.REMOVED)
                .map(RequestEnvironment::getEnvironmentId)
                .toList();
    }

    /** One deletion; idempotent. A failure is kept on the environment although the job's transaction rolls back. */
    public void remove(UUID requestId, UUID environmentId) {
        if (downloads.get(requestId).getStatus() != RequestStatus.REMOVING) {
            throw new IllegalStateException("request " + requestId + " is not being removed");
        }
        RequestEnvironment target = downloads.environment(requestId, environmentId);
        if (target.getSyncStatus() == SyncStatus.REMOVED) {
            return;
        }
        try {
            client.delete(urls.of(requestId, target));
        } catch (SyncFailedException e) {
            downloads.markEnvironmentFailed(requestId, environmentId, target.getCode() + ": " + e.getMessage());
            throw e;
        }
        downloads.markEnvironmentRemoved(requestId, environmentId);
    }

    /** No environment holds the record: REMOVED, and the organisation and the vendor's developers hear of it. */
    public void complete(UUID requestId) {
        DownloadRequest request = downloads.get(requestId);
        if (request.getStatus() == RequestStatus.REMOVED) {
            return;
        }
        downloads.markRemoved(requestId);
        App app = apps.get(request.getAppId());
        String organization = organizations.organization(request.getOrganizationId()).getName();
        tell(List.of(Groups.organizationMembers(request.getOrganizationId()), Groups.vendorDevelopers(app.getVendorId())),
                NotificationKind.REQUEST_REMOVED, app.getName() + " was removed from " + organization,
                "The client record of " + app.getName() + " is deleted from every environment of " + organization
                        + ": its authorization servers no longer authorize the app. The organisation may request"
                        + " the app again later; that is a new request.",
                new References(app.getId(), request.getOrganizationId(), requestId));
    }

    /** A deletion ran out of retries: the organisation and the operators hear of it. See {@link SyncService}. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void reportRetriesExhausted(UUID requestId, UUID environmentId) {
        DownloadRequest request = downloads.get(requestId);
        RequestEnvironment environment = downloads.environment(requestId, environmentId);
        App app = apps.get(request.getAppId());
        String organization = organizations.organization(request.getOrganizationId()).getName();
        String failure = environment.getLastError() == null ? "" : " (" + environment.getLastError() + ")";
        tell(List.of(Groups.organizationMembers(request.getOrganizationId()), Groups.OPERATORS),
                NotificationKind.REMOVAL_FAILED,
                "Removal of " + app.getName() + " from " + organization + " failed in environment "
                        + environment.getCode(),
                "The client record of " + app.getName() + " could not be deleted from environment "
                        + environment.getCode() + " of " + organization + " after every retry" + failure
                        + ", so that environment may still authorize the app. Once it answers again, an operator can"
                        + " retry the deletion in Cockpit: it is an incident of the downloadRemoval process with"
                        + " business key " + requestId + ".",
                new References(app.getId(), request.getOrganizationId(), requestId));
    }

    private void tell(List<String> groups, NotificationKind kind, String subject, String message, References about) {
        groups.forEach(group -> notifications.notify(group, kind, subject, message, about));
    }
}
