package org.appregistry.sync.process;

import org.appregistry.sync.ClientRecordRemovals;
import org.appregistry.workflow.RecordId;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_MarkRequestRemoved: no environment holds the client record any more. */
@Component
public class MarkRequestRemovedDelegate implements JavaDelegate {

    private final ClientRecordRemovals removals;

    public MarkRequestRemovedDelegate(ClientRecordRemovals removals) {
        this.removals = removals;
    }

    @Override
    public void execute(DelegateExecution execution) {
        removals.complete(RecordId.of(execution));
    }
}
