package org.appregistry.sync.process;

import java.util.List;
import java.util.UUID;

import org.appregistry.sync.SyncService;
import org.appregistry.workflow.RecordId;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** The collection of Task_PushClientRecord: {@code ${syncPlan.environmentsOf(execution)}}. */
@Component
public class SyncPlan {

    private final SyncService sync;

    public SyncPlan(SyncService sync) {
        this.sync = sync;
    }

    public List<String> environmentsOf(DelegateExecution execution) {
        return sync.environmentsToSync(RecordId.of(execution)).stream().map(UUID::toString).toList();
    }
}
