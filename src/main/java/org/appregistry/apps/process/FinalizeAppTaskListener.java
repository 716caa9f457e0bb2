package org.appregistry.apps.process;

import static org.appregistry.apps.process.AppRegistrationProcess.APP_ID;
import static org.appregistry.apps.process.AppRegistrationProcess.TASK_APP_NAME;
import static org.appregistry.apps.process.AppRegistrationProcess.TASK_NON_PRODUCTION_CLIENT_ID;
import static org.appregistry.apps.process.AppRegistrationProcess.TASK_PRODUCTION_CLIENT_ID;

import org.appregistry.apps.AppService;
import org.appregistry.workflow.Actor;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_FinalizeAndMarkReady. On create the form is filled with the current listing and the
 * task carries the app's name (for the task list) and its client IDs (for the form); on
 * complete the submitted listing and the terms checkbox go to the app record and the form's
 * copy is removed. A broken rule refuses the completion and the task stays open.
 */
@Component("finalizeAppTask")
public class FinalizeAppTaskListener implements TaskListener {

    private final AppService apps;

    public FinalizeAppTaskListener(AppService apps) {
        this.apps = apps;
    }

    @Override
    public void notify(DelegateTask task) {
        var appId = APP_ID.get(task);
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            var app = apps.get(appId);
            ListingForm.fill(task.getExecution(), app.listing());
            TASK_APP_NAME.setLocal(task, app.getName());
            TASK_PRODUCTION_CLIENT_ID.setLocal(task, app.getProductionClientId());
            TASK_NON_PRODUCTION_CLIENT_ID.setLocal(task, app.getNonProductionClientId());
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            boolean termsAccepted = ListingForm.TERMS_ACCEPTED.find(task).orElse(false);
            apps.finalizeDetails(appId, ListingForm.read(task::getVariable), termsAccepted, Actor.of(task));
            ListingForm.remove(task.getExecution());
        }
    }
}
