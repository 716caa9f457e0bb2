package org.appregistry.apps.process;

import static org.appregistry.apps.process.AppRegistrationProcess.APP_ID;
import static org.appregistry.apps.process.AppRegistrationProcess.COPY_OF;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.appregistry.apps.App;
import org.appregistry.apps.ListingChanges;
import org.appregistry.workflow.OpenTasks;
import org.appregistry.workflow.Requester;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How /api drives appRegistration: the same start and the same task a Tasklist user would
 * use, so both paths meet the same rules. Callers have authorized the user already; the
 * engine runs without a login here and takes the requester from the variable.
 */
@Component
public class AppRegistrationStarter {

    private final RuntimeService runtime;
    private final OpenTasks tasks;

    public AppRegistrationStarter(RuntimeService runtime, OpenTasks tasks) {
        this.runtime = runtime;
        this.tasks = tasks;
    }

    /** Starts appRegistration; its first step creates the app, whose id comes back. */
    @Transactional
    public UUID start(String developer, ListingChanges listing) {
        return start(developer, ListingForm.toVariables(listing));
    }

    /**
     * Starts appRegistration for a new app with the original's listing, linked to it: a new app
     * like any other, which waits in its own finalize task.
     */
    @Transactional
    public UUID copy(String developer, App original) {
        Map<String, Object> variables = new HashMap<>(ListingForm.variables(original.listing()));
        variables.put(COPY_OF.name(), original.getId().toString());
        return start(developer, variables);
    }

    private UUID start(String developer, Map<String, Object> listing) {
        Map<String, Object> variables = new HashMap<>(listing);
        variables.put(Requester.REQUESTED_BY.name(), developer);
        var instance = runtime.createProcessInstanceByKey(AppRegistrationProcess.KEY)
                .setVariables(variables)
                .executeWithVariablesInReturn();
        return APP_ID.from(instance.getVariables());
    }

    /** Completes the developer's finalize task with the terms accepted; the review follows at once. */
    @Transactional
    public void markReady(UUID appId, String developer) {
        String task = tasks.require(appId, AppRegistrationProcess.TASK_FINALIZE,
                "The app is not waiting to be marked ready.");
        tasks.completeAs(task, developer, Map.of(ListingForm.TERMS_ACCEPTED.name(), true));
    }
}
