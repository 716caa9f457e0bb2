package org.appregistry.downloads;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an operator needs to see of the whole programme, read from the domain's rows: how many
 * requests stand at each status, which environments fail to receive their client records, who
 * waits longest, and the requests that finished. Community Cockpit lists running process
 * instances only, so finished requests are nowhere else to be seen.
 */
@Service
@Transactional(readOnly = true)
public class ProgrammeOverview {

    /** Requests that wait for a person: the organisation's signature or the developer's credentials. */
    private static final Set<RequestStatus> WAITING = Set.of(RequestStatus.AWAITING_AGREEMENT,
            RequestStatus.NOT_RESPONDED);

    private final DownloadRequestRepository requests;
    private final RequestEnvironmentRepository environments;
    private final DownloadViews views;

    ProgrammeOverview(DownloadRequestRepository requests, RequestEnvironmentRepository environments,
            DownloadViews views) {
        this.requests = requests;
        this.environments = environments;
        this.views = views;
    }

    /** Requests by status, then by source; every status appears, with zeros. */
    public Map<RequestStatus, Map<RequestSource, Long>> countsByStatus() {
        Map<RequestStatus, Map<RequestSource, Long>> counts = new EnumMap<>(RequestStatus.class);
        for (RequestStatus status : RequestStatus.values()) {
            Map<RequestSource, Long> bySource = new EnumMap<>(RequestSource.class);
            for (RequestSource source : RequestSource.values()) {
                bySource.put(source, 0L);
            }
            counts.put(status, bySource);
        }
        requests.countByStatusAndSource()
                .forEach(row -> counts.get(row.getStatus()).put(row.getSource(), row.getRequests()));
        return counts;
    }

    /** Requests with an environment whose last push failed (at most 100 environments). */
    public List<DownloadView> failing() {
        Set<UUID> ids = new LinkedHashSet<>();
        environments.findTop100BySyncStatusOrderByRequestIdAscCodeAsc(SyncStatus.FAILED)
                .forEach(environment -> ids.add(environment.getRequestId()));
        return views.of(requests.findAllById(ids));
    }

    /** The 50 requests that have waited longest for a person. */
    public List<DownloadView> waitingLongest() {
        return views.of(requests.findTop50ByStatusInOrderByCreatedAtAsc(WAITING));
    }

    /** The 50 requests that synced last: their processes have ended (or wait only for a kickoff record). */
    public List<DownloadView> finished() {
        return views.of(requests.findTop50ByStatusOrderBySyncedAtDesc(RequestStatus.SYNCED));
    }
}
