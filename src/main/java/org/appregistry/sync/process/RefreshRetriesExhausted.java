package org.appregistry.sync.process;

import static org.appregistry.sync.process.ClientRecordRefreshProcess.TARGET;

import org.appregistry.sync.ClientRecordRefreshes;
import org.appregistry.sync.ClientRecordRefreshes.Target;
import org.appregistry.workflow.RetriesExhausted;
import org.springframework.stereotype.Component;

/** clientRecordRefresh: a push that ran out of retries is reported to the organisation and the operators. */
@Component
class RefreshRetriesExhausted implements RetriesExhausted {

    private final ClientRecordRefreshes refreshes;

    RefreshRetriesExhausted(ClientRecordRefreshes refreshes) {
        this.refreshes = refreshes;
    }

    @Override
    public String processKey() {
        return ClientRecordRefreshProcess.KEY;
    }

    @Override
    public void retriesExhausted(FailedJob job) {
        if (ClientRecordRefreshProcess.TASK_PUSH.equals(job.activityId())) {
            job.variable(TARGET).ifPresent(target -> refreshes.reportRetriesExhausted(Target.parse(target)));
        }
    }
}
