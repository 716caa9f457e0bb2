package org.appregistry.sync.process;

import static org.appregistry.sync.process.ClientRecordRefreshProcess.TARGET;

import org.appregistry.sync.ClientRecordRefreshes;
import org.appregistry.sync.ClientRecordRefreshes.Target;
import org.appregistry.workflow.RecordId;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_PushCurrentClientRecord, one job per environment; retried by the model's cycle, then an incident. */
@Component
public class PushCurrentClientRecordDelegate implements JavaDelegate {

    private final ClientRecordRefreshes refreshes;

    public PushCurrentClientRecordDelegate(ClientRecordRefreshes refreshes) {
        this.refreshes = refreshes;
    }

    @Override
    public void execute(DelegateExecution execution) {
        refreshes.push(RecordId.of(execution), Target.parse(TARGET.get(execution)));
    }
}
