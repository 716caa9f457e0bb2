package org.appregistry.sync.process;

import java.util.List;

import org.appregistry.sync.ClientRecordRefreshes;
import org.appregistry.sync.ClientRecordRefreshes.Target;
import org.appregistry.workflow.RecordId;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** The collection of Task_PushCurrentClientRecord: {@code ${refreshPlan.targetsOf(execution)}}. */
@Component
public class RefreshPlan {

    private final ClientRecordRefreshes refreshes;

    public RefreshPlan(ClientRecordRefreshes refreshes) {
        this.refreshes = refreshes;
    }

    public List<String> targetsOf(DelegateExecution execution) {
        return refreshes.targets(RecordId.of(execution)).stream().map(Target::toString).toList();
    }
}
