package org.appregistry.apps.process;

import org.appregistry.apps.AppService;
import org.appregistry.workflow.RecordId;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_ActivateApp: the app becomes ACTIVE and can no longer change. */
@Component
public class ActivateAppDelegate implements JavaDelegate {

    private final AppService apps;

    public ActivateAppDelegate(AppService apps) {
        this.apps = apps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        apps.activate(RecordId.of(execution));
    }
}
