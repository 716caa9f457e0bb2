package org.appregistry.sync;

import static org.appregistry.sync.process.EnvironmentSyncProcess.ENVIRONMENT_ID;
import static org.appregistry.sync.process.EnvironmentSyncProcess.REQUEST_ID;

import java.util.Map;

import org.appregistry.sync.process.EnvironmentSyncProcess;
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
    public void retriesExhausted(String activityId, Map<String, Object> variables) {
        if (EnvironmentSyncProcess.TASK_PUSH.equals(activityId)) {
            sync.reportRetriesExhausted(REQUEST_ID.from(variables), ENVIRONMENT_ID.from(variables));
        }
    }
}
