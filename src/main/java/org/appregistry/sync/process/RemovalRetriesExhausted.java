package org.appregistry.sync.process;

import static org.appregistry.sync.process.DownloadRemovalProcess.ENVIRONMENT_ID;

import org.appregistry.sync.ClientRecordRemovals;
import org.appregistry.workflow.RetriesExhausted;
import org.springframework.stereotype.Component;

/** downloadRemoval: a deletion that ran out of retries is reported to the organisation and the operators. */
@Component
class RemovalRetriesExhausted implements RetriesExhausted {

    private final ClientRecordRemovals removals;

    RemovalRetriesExhausted(ClientRecordRemovals removals) {
        this.removals = removals;
    }

    @Override
    public String processKey() {
        return DownloadRemovalProcess.KEY;
    }

    @Override
    public void retriesExhausted(FailedJob job) {
        if (DownloadRemovalProcess.TASK_DELETE.equals(job.activityId())) {
            job.variable(ENVIRONMENT_ID).ifPresent(environment -> removals.reportRetriesExhausted(job.recordId(),
                    environment));
        }
    }
}
