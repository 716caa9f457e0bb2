package org.appregistry.downloads.process;

import static org.appregistry.downloads.process.AutoSyncSweepProcess.MORE_WAITING;
import static org.appregistry.downloads.process.AutoSyncSweepProcess.STARTED;

import java.util.List;

import org.appregistry.downloads.AutoSyncPair;
import org.appregistry.downloads.AutoSyncSweep;
import org.appregistry.downloads.DownloadRequests;
import org.appregistry.downloads.DownloadService.NewRequest;
import org.appregistry.downloads.RequestChecklist;
import org.appregistry.downloads.RequestSource;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_StartMissingRequests: starts downloadRequest (source AUTO_SYNC) for one batch of missing
 * pairs, in this job's transaction. If another sweep got a pair first, the unique constraint
 * fails the batch and the job's retry starts only what is still missing.
 */
@Component
public class StartMissingRequestsDelegate implements JavaDelegate {

    private final AutoSyncSweep sweep;
    private final DownloadRequests starter;

    public StartMissingRequestsDelegate(AutoSyncSweep sweep, DownloadRequests starter) {
        this.sweep = sweep;
        this.starter = starter;
    }

    @Override
    public void execute(DelegateExecution execution) {
        List<AutoSyncPair> batch = sweep.nextBatch();
        for (AutoSyncPair pair : batch) {
            starter.request(new NewRequest(pair.organizationId(), pair.clientId().toString(), null,
                    RequestSource.AUTO_SYNC, null, RequestChecklist.NOTHING_ACKNOWLEDGED));
        }
        STARTED.set(execution, batch.size());
        MORE_WAITING.set(execution, batch.size() == sweep.batchSize());
    }
}
