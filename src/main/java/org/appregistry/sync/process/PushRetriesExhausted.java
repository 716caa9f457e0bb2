package org.appregistry.sync.process;

import static org.appregistry.sync.process.EnvironmentSyncProcess.ENVIRONMENT_ID;

import org.appregistry.sync.SyncService;
import org.appregistry.workflow.RetriesExhausted;
import org.springframework.stereotype.Component;

/** environmentSync: a push that ran out of retries is reported to everyone concerned. */
@Component
class PushRetriesExhausted implements RetriesExhausted {

    private final SyncService sync;

    PushRetriesExhausted(SyncService sync) {
        this.sync = sync;
    }

    @Override
    public String processKey() {
        return EnvironmentSyncProcess.KEY;
    }

    @Override
    public void retriesExhausted(FailedJob job) {
        if (EnvironmentSyncProcess.TASK_PUSH.equals(job.activityId())) {
            job.variable(ENVIRONMENT_ID).ifPresent(environment -> sync.reportRetriesExhausted(job.recordId(),
                    environment));
        }
    }
}
