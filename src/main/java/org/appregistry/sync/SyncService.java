package org.appregistry.sync;

import java.util.List;
import java.util.UUID;

import org.appregistry.apps.AppService;
import org.appregistry.downloads.DownloadRequest;
import org.appregistry.downloads.DownloadService;
import org.appregistry.downloads.RequestEnvironment;
import org.appregistry.downloads.SyncStatus;
import org.appregistry.environments.BuiltInRegistry;
import org.appregistry.identity.Groups;
import org.appregistry.notifications.Notification.References;
import org.appregistry.notifications.NotificationKind;
import org.appregistry.notifications.NotificationService;
import org.appregistry.organizations.Environment;
import org.appregistry.organizations.OrganizationService;
import org.springframework.stereotype.Service;
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
    private final BuiltInRegistry builtIn;
    private final NotificationService notifications;

    SyncService(DownloadService downloads, OrganizationService organizations, AppService apps, ClientRecords records,
            RegistryClient client, BuiltInRegistry builtIn, NotificationService notifications) {
        this.downloads = downloads;
        this.organizations = organizations;
        this.apps = apps;
        this.records = records;
        this.client = client;
        this.builtIn = builtIn;
        this.notifications = notifications;
    }

    /** The environments still to sync; all of them on a first run. */
    @Transactional(readOnly = true)
    public List<UUID> environmentsToSync(UUID requestId) {
        return downloads.environmentsOf(requestId).stream()
                .filter(e -> e.getSyncStatus() != SyncStatus.SYNCED)
                .map(RequestEnvironment::getEnvironmentId)
                .toList();
    }

    /** One push; idempotent (a PUT keyed by client ID), so a retried job does no harm. */
    public void push(UUID requestId, UUID environmentId) {
        RequestEnvironment target = downloads.environment(requestId, environmentId);
        if (target.getSyncStatus() == SyncStatus.SYNCED) {
            return;
        }
        String url = clientUrl(requestId, target);
        try {
            client.put(url, records.build(requestId, environmentId));
        } catch (SyncFailedException e) {
            downloads.markEnvironmentFailed(requestId, environmentId, target.getCode() + ": " + e.getMessage());
            throw e;
        }
        downloads.markEnvironmentSynced(requestId, environmentId);
    }

    /** Every environment has the record: the request is SYNCED, and both sides hear of it. */
    public void complete(UUID requestId) {
        downloads.markSynced(requestId);
        DownloadRequest request = downloads.get(requestId);
        var app = apps.get(request.getAppId());
        String organization = organizations.organization(request.getOrganizationId()).getName();
        References about = new References(app.getId(), request.getOrganizationId(), requestId);
        String subject = app.getName() + " is synced to " + organization;
        String message = "The client record now exists in every environment of " + organization
                + ", so its authorization server can authorize the APIs listed on the client.";
        notifications.notify(Groups.organizationMembers(request.getOrganizationId()), NotificationKind.REQUEST_SYNCED,
                subject, message, about);
        notifications.notify(Groups.vendorDevelopers(app.getVendorId()), NotificationKind.REQUEST_SYNCED, subject,
                message, about);
    }

    private String clientUrl(UUID requestId, RequestEnvironment target) {
        DownloadRequest request = downloads.get(requestId);
        Environment environment = organizations.organization(request.getOrganizationId()).getEnvironments().stream()
                .filter(e -> e.getId().equals(target.getEnvironmentId()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("environment " + target.getEnvironmentId() + " is gone"));
        String base = environment.getRegistryUrl().map(url -> url.replaceAll("/+$", ""))
                .orElseGet(() -> builtIn.environmentUrl(request.getOrganizationId(), environment.getCode()));
        return base + "/clients/" + target.getClientId();
    }
}
