package org.appregistry.apps.process;

import org.appregistry.apps.AppService;
import org.appregistry.apps.AppService.AppChanged;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the open finalize task's form in step with the app record when the developer changes
 * the app over /api, so that completing the task later cannot bring back old values.
 */
@Component
class RefreshFinalizeTask {

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final AppService apps;

    RefreshFinalizeTask(TaskService tasks, RuntimeService runtime, AppService apps) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.apps = apps;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(AppChanged event) {
        Task task = tasks.createTaskQuery()
                .processInstanceBusinessKey(event.appId().toString())
                .taskDefinitionKey(AppRegistrationProcess.TASK_FINALIZE)
                .singleResult();
        if (task != null) {
            var listing = apps.get(event.appId()).listing();
            runtime.setVariables(task.getProcessInstanceId(), ListingForm.variables(listing));
        }
    }
}
