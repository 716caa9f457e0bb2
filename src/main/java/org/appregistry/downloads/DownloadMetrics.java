package org.appregistry.downloads;

import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.appregistry.common.Cached;
import org.appregistry.downloads.DownloadRequestRepository.StatusCount;
import org.appregistry.downloads.DownloadService.RequestRegistered;
import org.appregistry.downloads.DownloadService.RequestSynced;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Download requests as metrics (docs/operations.md, "Metrics"; the names are a contract). The counts by
 * status and source come from one grouped query behind {@link Cached#GAUGE_TTL}. The timers are
 * recorded from {@link DownloadService}'s events once their transaction has committed, so that a
 * request rolled back (e.g. the loser of two concurrent asks) is never measured.
 */
@Component
class DownloadMetrics {

    static final String REQUESTS = "registry.download.requests";
    static final String ACTIVATION_TO_REQUEST = "registry.download.activation.to.request";
    static final String REQUEST_TO_SYNCED = "registry.download.request.to.synced";

    private final Map<RequestSource, Timer> activationToRequest = new EnumMap<>(RequestSource.class);
    private final Map<RequestSource, Timer> requestToSynced = new EnumMap<>(RequestSource.class);

    private record Key(RequestStatus status, RequestSource source) {
    }

    DownloadMetrics(MeterRegistry registry, DownloadRequestRepository requests) {
        Cached<Map<Key, Long>> counts = new Cached<>(Cached.GAUGE_TTL, () -> count(requests));
        // every combination, so that a series reads 0 rather than vanishing when its last request moves on
        for (RequestStatus status : RequestStatus.values()) {
            for (RequestSource source : RequestSource.values()) {
                Key key = new Key(status, source);
                Gauge.builder(REQUESTS, counts, c -> c.get().getOrDefault(key, 0L))
                        .description("Download requests by status and source (read at most every "
                                + Cached.GAUGE_TTL.toSeconds() + " s)")
                        .tag("status", status.name()).tag("source", source.name())
                        .strongReference(true)
                        .register(registry);
            }
        }
        for (RequestSource source : RequestSource.values()) {
            activationToRequest.put(source, Timer.builder(ACTIVATION_TO_REQUEST)
                    .description("Time from an app becoming ACTIVE to an organisation's request for it "
                            + "(AUTO_SYNC: the source document's 'within 5 minutes')")
                    .tag("source", source.name())
                    .serviceLevelObjectives(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15),
                            Duration.ofHours(1), Duration.ofDays(1))
                    .register(registry));
            requestToSynced.put(source, Timer.builder(REQUEST_TO_SYNCED)
                    .description("Time from a request's creation to SYNCED in every environment")
                    .tag("source", source.name())
                    .serviceLevelObjectives(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofHours(1),
                            Duration.ofDays(1), Duration.ofDays(7))
                    .register(registry));
        }
    }

    @TransactionalEventListener
    void on(RequestRegistered event) {
        if (event.appActivatedAt() != null) {
            activationToRequest.get(event.source()).record(Duration.between(event.appActivatedAt(), event.createdAt()));
        }
    }

    @TransactionalEventListener
    void on(RequestSynced event) {
        requestToSynced.get(event.source()).record(Duration.between(event.createdAt(), event.syncedAt()));
    }

    private static Map<Key, Long> count(DownloadRequestRepository requests) {
        Map<Key, Long> counts = new HashMap<>();
        for (StatusCount row : requests.countByStatusAndSource()) {
            counts.put(new Key(row.getStatus(), row.getSource()), row.getRequests());
        }
        return counts;
    }
}
