package org.appregistry.sync.process;

import static org.appregistry.sync.process.EnvironmentSyncProcess.ENVIRONMENT_ID;

import org.appregistry.sync.SyncService;
import org.appregistry.workflow.RecordId;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_PushClientRecord, one job per environment: a failure is a technical fault, so the
 * exception goes to the engine, which retries by the model's cycle and leaves an incident.
 */
@Component
public class PushClientRecordDelegate implements JavaDelegate {

    private final SyncService sync;

    public PushClientRecordDelegate(SyncService sync) {
        this.sync = sync;
    }

    @Override
    public void execute(DelegateExecution execution) {
        sync.push(RecordId.of(execution), ENVIRONMENT_ID.get(execution));
    }
}
