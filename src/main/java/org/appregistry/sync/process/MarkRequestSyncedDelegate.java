package org.appregistry.sync.process;

import org.appregistry.sync.SyncService;
import org.appregistry.workflow.RecordId;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_MarkRequestSynced: every environment has the client record. */
@Component
public class MarkRequestSyncedDelegate implements JavaDelegate {

    private final SyncService sync;

    public MarkRequestSyncedDelegate(SyncService sync) {
        this.sync = sync;
    }

    @Override
    public void execute(DelegateExecution execution) {
        sync.complete(RecordId.of(execution));
    }
}
