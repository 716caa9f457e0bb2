package org.appregistry.sync.process;

import java.util.UUID;

import org.appregistry.downloads.DownloadRemovals;
import org.appregistry.downloads.DownloadService;
import org.appregistry.downloads.RequestStatus;
import org.appregistry.downloads.process.DownloadRequestProcess;
import org.appregistry.workflow.AsSystem;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts downloadRemoval in the caller's transaction. The request's own downloadRequest instance
 * (and what it called: agreement check, credentials, pushes) is cancelled first, so that nothing is
 * pushed after the removal began and no task waits for a request that is gone. The application
 * does both, not the person: neither process is theirs to start or cancel in the engine.
 */
@Component
class DownloadRemovalStarter implements DownloadRemovals {

    static final String CANCELLED = "the download request is being removed";

    private final DownloadService downloads;
    private final RuntimeService runtime;
    private final ProcessEngine engine;

    DownloadRemovalStarter(DownloadService downloads, RuntimeService runtime, ProcessEngine engine) {
        this.downloads = downloads;
        this.runtime = runtime;
        this.engine = engine;
    }

    @Override
    @Transactional
    public void remove(UUID requestId, String requestedBy) {
        if (downloads.get(requestId).getStatus() != RequestStatus.REMOVING
                && downloads.get(requestId).getStatus() != RequestStatus.REMOVED) {
            downloads.startRemoval(requestId, requestedBy);
            AsSystem.run(engine, () -> {
                runtime.createProcessInstanceQuery().processDefinitionKey(DownloadRequestProcess.KEY)
                        .processInstanceBusinessKey(requestId.toString()).list()
                        .forEach(instance -> runtime.deleteProcessInstance(instance.getId(), CANCELLED));
                runtime.createProcessInstanceByKey(DownloadRemovalProcess.KEY).businessKey(requestId.toString())
                        .execute();
            });
        }
    }
}
