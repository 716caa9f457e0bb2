package org.appregistry.apps.process;

import org.appregistry.apps.AppService;
import org.appregistry.apps.AppService.AppChanged;
import org.appregistry.workflow.AsSystem;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the open finalize task's form in step with the app record when the developer changes
 * the app over /api, so that completing the task later cannot bring back old values.
 * The copy is the application's bookkeeping, written as the application: a change can also
 * come from a Tasklist submit of the finalize form (whose review sends the task back), where
 * the developer is signed in to the engine and rightly has no permission to set variables of
 * the process instance.
 */
@Component
class RefreshFinalizeTask {

    private final ProcessEngine engine;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final AppService apps;

    RefreshFinalizeTask(ProcessEngine engine, AppService apps) {
        this.engine = engine;
        this.tasks = engine.getTaskService();
        this.runtime = engine.getRuntimeService();
        this.apps = apps;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(AppChanged event) {
        AsSystem.run(engine, () -> refresh(event));
    }

    private void refresh(AppChanged event) {
        Task task = tasks.createTaskQuery()
                .processInstanceBusinessKey(event.appId().toString())
                .taskDefinitionKey(AppRegistrationProcess.TASK_FINALIZE)
                .singleResult();
        if (task != null) {
            var listing = apps.get(event.appId()).listing();
            runtime.setVariables(task.getProcessInstanceId(), ListingForm.variables(listing));
            tasks.setVariableLocal(task.getId(), AppRegistrationProcess.TASK_APP_NAME.name(), listing.name());
        }
    }
}
