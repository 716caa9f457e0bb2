package org.appregistry.downloads;

import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds what the auto-sync sweep must start: for every auto-sync-eligible ACTIVE app and every
 * organisation with a signed agreement, the pairs without a request yet, a bounded batch at a
 * time. Organisations that sign later are found by the next sweep. The unique (app,
 * organisation) constraint keeps two sweeps at once from creating a second request.
 */
@Service
@Transactional(readOnly = true)
public class AutoSyncSweep {

    private final DownloadRequestRepository requests;
    private final AutoSyncSettings settings;

    AutoSyncSweep(DownloadRequestRepository requests, AutoSyncSettings settings) {
        this.requests = requests;
        this.settings = settings;
    }

    public List<AutoSyncPair> nextBatch() {
        return requests.findMissingAutoSyncPairs(Limit.of(settings.batchSize()));
    }

    public int batchSize() {
        return settings.batchSize();
    }
}
