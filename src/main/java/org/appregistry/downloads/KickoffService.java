package org.appregistry.downloads;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.appregistry.apps.AppService;
import org.appregistry.common.NotFoundException;
import org.appregistry.identity.AccessPolicy;
import org.appregistry.identity.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The kickoff of a synced request, kept in its own table: the process that asks for it holds
 * only the request's id. When it may be recorded is the process's (its open task); who may is
 * checked here, whichever door the answer came through.
 */
@Service
@Transactional
public class KickoffService {

    private final KickoffRepository kickoffs;
    private final DownloadRequestRepository requests;
    private final AccessPolicy access;
    private final AppService apps;
    private final Clock clock;

    public KickoffService(KickoffRepository kickoffs, DownloadRequestRepository requests, AccessPolicy access,
            AppService apps, Clock clock) {
        this.clock = clock;
        this.kickoffs = kickoffs;
        this.requests = requests;
        this.access = access;
        this.apps = apps;
    }

    /**
     * Records the report once its rules hold; nothing is written when one is broken (422). A
     * purchaser of the request's organisation or a developer of the app may record it, since
     * either side may organise the call; anyone else is refused.
     */
    public Kickoff record(UUID requestId, String recordedBy, KickoffReport report) {
        DownloadRequest request = requests.findById(requestId)
                .orElseThrow(() -> new NotFoundException("download request not found"));
        CurrentUser user = access.user(recordedBy);
        if (!user.isDeveloperOf(apps.get(request.getAppId()).getVendorId())) {
            access.requirePurchaser(user, request.getOrganizationId());
        }
        report.check();
        return kickoffs.save(new Kickoff(requestId, report, recordedBy, clock.instant()));
    }

    @Transactional(readOnly = true)
    public Optional<Kickoff> of(UUID requestId) {
        return kickoffs.findById(requestId);
    }

    @Transactional(readOnly = true)
    public List<Kickoff> of(Collection<UUID> requestIds) {
        return kickoffs.findByRequestIdIn(requestIds);
    }
}
