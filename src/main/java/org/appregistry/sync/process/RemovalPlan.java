package org.appregistry.sync.process;

import java.util.List;
import java.util.UUID;

import org.appregistry.sync.ClientRecordRemovals;
import org.appregistry.workflow.RecordId;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** The collection of Task_DeleteClientRecord: {@code ${removalPlan.environmentsOf(execution)}}. */
@Component
public class RemovalPlan {

    private final ClientRecordRemovals removals;

    public RemovalPlan(ClientRecordRemovals removals) {
        this.removals = removals;
    }

    public List<String> environmentsOf(DelegateExecution execution) {
        return removals.environmentsToClear(RecordId.of(execution)).stream().map(UUID::toString).toList();
    }
}
