package org.appregistry.sync;

import java.util.List;
import java.util.UUID;

import org.appregistry.downloads.DownloadRequest;
import org.appregistry.downloads.DownloadService;
import org.appregistry.downloads.RequestEnvironment;
import org.appregistry.downloads.SyncStatus;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pushes an app's client records again to every environment that holds one, after a change of
 * the app that the environments must see at once (a suspension, its end). Each push builds the
 * record from the rows as they are when it runs, so pushes of two changes in a row, in any
 * order, leave every environment with the latest state.
 */
@Service
@Transactional
public class ClientRecordRefreshes {

    /** One environment of one request, as the fan-out's element: {@code requestId/environmentId}. */
    public record Target(UUID requestId, UUID environmentId) {

        public static Target parse(String text) {
            int slash = text.indexOf('/');
            return new Target(UUID.fromString(text.substring(0, slash)), UUID.fromString(text.substring(slash + 1)));
        }

        @Override
        public String toString() {
            return requestId + "/" + environmentId;
        }
    }

    private final DownloadService downloads;
    private final ClientRecords records;
    private final RegistryClient client;
    private final ClientUrls urls;
    private final ApplicationEventPublisher events;

    ClientRecordRefreshes(DownloadService downloads, ClientRecords records, RegistryClient client, ClientUrls urls,
            ApplicationEventPublisher events) {
        this.downloads = downloads;
        this.records = records;
        this.client = client;
        this.urls = urls;
        this.events = events;
    }

    /** Every synced environment of every live request of the app. */
    @Transactional(readOnly = true)
    public List<Target> targets(UUID appId) {
        return downloads.liveRequestsOf(appId).stream()
                .flatMap(request -> downloads.environmentsOf(request.getId()).stream()
                        .filter(e -> e.getSyncStatus() == SyncStatus.SYNCED)
                        .map(e -> new Target(request.getId(), e.getEnvironmentId())))
                .toList();
    }

    /**
     * One push of the current record; idempotent. The target must be a live request of this app:
     * the fan-out's element is the application's own plan, but the app is the process's record.
     */
    public void push(UUID appId, Target target) {
        DownloadRequest request = downloads.get(target.requestId());
        if (!request.getAppId().equals(appId)) {
            throw new IllegalStateException("request " + target.requestId() + " is not a request of app " + appId);
        }
        if (!request.getStatus().isLive()) {
            return;
        }
        RequestEnvironment environment = downloads.environment(target.requestId(), target.environmentId());
        client.put(urls.of(target.requestId(), environment), records.build(target.requestId(), target.environmentId()));
    }

    /** A refresh ran out of retries: the organisation and the operators hear of it. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void reportRetriesExhausted(Target target) {
        RequestEnvironment environment = downloads.environment(target.requestId(), target.environmentId());
        events.publishEvent(new RefreshFailed(downloads.parties(target.requestId()), environment.getCode()));
    }
}
