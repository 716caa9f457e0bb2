package org.appregistry.sync;

import java.util.List;
import java.util.UUID;

import org.appregistry.downloads.DownloadService;
import org.appregistry.downloads.RequestEnvironment;
import org.appregistry.downloads.RequestStatus;
import org.appregistry.downloads.SyncStatus;
import org.springframework.context.ApplicationEventPublisher;
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
    private final ClientRecords records;
    private final RegistryClient client;
    private final ClientUrls urls;
    private final ApplicationEventPublisher events;
    private final SyncMetrics metrics;

    SyncService(DownloadService downloads, ClientRecords records,
            RegistryClient client, ClientUrls urls, ApplicationEventPublisher events, SyncMetrics metrics) {
        this.downloads = downloads;
        this.records = records;
        this.client = client;
        this.urls = urls;
        this.events = events;
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

    /**
     * Every environment has the record: the request is SYNCED, and both sides hear of it. A
     * request synced before (whose record changed after a rotation) stays SYNCED, without news; a
     * request removed meanwhile stays as it is.
     */
    public void complete(UUID requestId) {
        RequestStatus status = downloads.get(requestId).getStatus();
        if (!status.isLive()) {
            // removed while a rotation's sync ran: there is nothing to mark synced any more
            return;
        }
        if (status == RequestStatus.SYNCED) {
            downloads.markSynced(requestId);
            return;
        }
        downloads.markSynced(requestId);
        events.publishEvent(new RequestSynced(downloads.parties(requestId)));
    }

    /**
     * A push ran out of retries and now waits as an incident: the organisation, the vendor's
     * developers and the operators hear of it, so that nobody waits in silence for a record that
     * arrives only once an operator retries. In a transaction of its own: the engine calls this
     * while it records the incident, and a failure here must not roll that back.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void reportRetriesExhausted(UUID requestId, UUID environmentId) {
        RequestEnvironment environment = downloads.environment(requestId, environmentId);
        events.publishEvent(new SyncFailed(downloads.parties(requestId), environment.getCode(), environment.getLastError()));
    }
}
