package org.appregistry.sync.process;

import java.util.List;
import java.util.UUID;

import org.appregistry.sync.SyncService;
import org.springframework.stereotype.Component;

/** The collection of Task_PushClientRecord: {@code ${syncPlan.environmentsOf(requestId)}}. */
@Component("syncPlan")
public class SyncPlan {

    private final SyncService sync;

    public SyncPlan(SyncService sync) {
        this.sync = sync;
    }

    public List<String> environmentsOf(String requestId) {
        return sync.environmentsToSync(UUID.fromString(requestId)).stream().map(UUID::toString).toList();
    }
}
