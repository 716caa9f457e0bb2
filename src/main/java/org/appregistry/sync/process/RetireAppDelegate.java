package org.appregistry.sync.process;

import org.appregistry.sync.AppLifecycle;
import org.appregistry.workflow.RecordId;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RetireApp: the date has come. */
@Component
public class RetireAppDelegate implements JavaDelegate {

    private final AppLifecycle lifecycle;

    public RetireAppDelegate(AppLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        lifecycle.retire(RecordId.of(execution));
    }
}
