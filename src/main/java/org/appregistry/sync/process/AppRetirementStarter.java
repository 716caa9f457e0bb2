package org.appregistry.sync.process;

import java.util.UUID;

import org.appregistry.sync.AppLifecycle.AppRetirementStarts;
import org.appregistry.workflow.AsSystem;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/** The application starts appRetirement for the developer: the process is nobody's to start in the engine. */
@Component
class AppRetirementStarter implements AppRetirementStarts {

    private final RuntimeService runtime;
    private final ProcessEngine engine;

    AppRetirementStarter(RuntimeService runtime, ProcessEngine engine) {
        this.runtime = runtime;
        this.engine = engine;
    }

    @Override
    public void retireOnDate(UUID appId) {
        AsSystem.run(engine, () -> runtime.createProcessInstanceByKey(AppRetirementProcess.KEY)
                .businessKey(appId.toString()).execute());
    }
}
