package org.appregistry.sync.process;

import java.util.UUID;

import org.appregistry.sync.ClientRecordRefreshStarts;
import org.appregistry.workflow.AsSystem;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/** The application starts the refresh, not the operator: the process is nobody's to start in the engine. */
@Component
class ClientRecordRefreshStarter implements ClientRecordRefreshStarts {

    private final RuntimeService runtime;
    private final ProcessEngine engine;

    ClientRecordRefreshStarter(RuntimeService runtime, ProcessEngine engine) {
        this.runtime = runtime;
        this.engine = engine;
    }

    @Override
    public void refresh(UUID appId) {
        AsSystem.run(engine, () -> runtime.createProcessInstanceByKey(ClientRecordRefreshProcess.KEY)
                .businessKey(appId.toString()).execute());
    }
}
