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
 * Deletes a removed request's client record from each environment of its organisation, one
 * job of downloadRemoval each, then marks the request REMOVED. Every environment is asked,
 * also one that never received the record: a DELETE is idempotent, and a push may have arrived
 * without being recorded.
 */
@Service
@Transactional
public class ClientRecordRemovals {

    private final DownloadService downloads;
    private final RegistryClient client;
    private final ClientUrls urls;
    private final ApplicationEventPublisher events;

    ClientRecordRemovals(DownloadService downloads, RegistryClient client, ClientUrls urls,
            ApplicationEventPublisher events) {
        this.downloads = downloads;
        this.client = client;
        this.urls = urls;
        this.events = events;
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
        if (downloads.get(requestId).getStatus() == RequestStatus.REMOVED) {
            return;
        }
        downloads.markRemoved(requestId);
        events.publishEvent(new RequestRemoved(downloads.parties(requestId)));
    }

    /** A deletion ran out of retries: the organisation and the operators hear of it. See {@link SyncService}. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void reportRetriesExhausted(UUID requestId, UUID environmentId) {
        RequestEnvironment environment = downloads.environment(requestId, environmentId);
        events.publishEvent(new RemovalFailed(downloads.parties(requestId), environment.getCode(),
                environment.getLastError()));
    }
}
