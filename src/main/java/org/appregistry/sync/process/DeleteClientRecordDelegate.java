package org.appregistry.sync.process;

import static org.appregistry.sync.process.DownloadRemovalProcess.ENVIRONMENT_ID;

import org.appregistry.sync.ClientRecordRemovals;
import org.appregistry.workflow.RecordId;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_DeleteClientRecord, one job per environment; a failure is retried by the model's cycle, then an incident. */
@Component
public class DeleteClientRecordDelegate implements JavaDelegate {

    private final ClientRecordRemovals removals;

    public DeleteClientRecordDelegate(ClientRecordRemovals removals) {
        this.removals = removals;
    }

    @Override
    public void execute(DelegateExecution execution) {
        removals.remove(RecordId.of(execution), ENVIRONMENT_ID.get(execution));
    }
}
