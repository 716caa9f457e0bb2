package org.appregistry.downloads;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The kickoff of a synced request, kept in its own table: the process that asks for it holds
 * only the request's id. Who may record it, and when, is the process's (the task's candidate
 * group and listener, or /api finding the open task).
 */
@Service
@Transactional
public class KickoffService {

    private final KickoffRepository kickoffs;

    public KickoffService(KickoffRepository kickoffs) {
        this.kickoffs = kickoffs;
    }

    /** Records the report once its rules hold; nothing is written when one is broken (422). */
    public Kickoff record(UUID requestId, KickoffReport report, String recordedBy) {
        report.check();
        return kickoffs.save(new Kickoff(requestId, report, recordedBy));
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
