package org.appregistry.workflow;

import java.util.function.Supplier;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Runs engine calls made by a delegate without the authorization checks of the user whose
 * action drives the process. A purchaser who signs in Tasklist, for example, must release the
 * other requests of her organisation, which she has no engine permission to touch; the model
 * decided that this happens, so it is not hers to be allowed.
 */
public final class AsSystem {

    private AsSystem() {
    }

    public static <T> T call(Supplier<T> work) {
        CommandContext context = Context.getCommandContext();
        if (context == null || !context.isAuthorizationCheckEnabled()) {
            return work.get();
        }
        context.disableAuthorizationCheck();
        try {
            return work.get();
        } finally {
            context.enableAuthorizationCheck();
        }
    }

    public static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }

    /**
     * The same for application code that runs outside any engine command but may run while a
     * user is signed in to the engine, e.g. a transaction listener that keeps the engine's copy
     * of domain data in step after a Tasklist submit: opens a command in the current
     * transaction and runs {@code work} in it without that user's authorization checks.
     */
    public static void run(ProcessEngine engine, Runnable work) {
        call(engine, () -> {
            work.run();
            return null;
        });
    }

    /** The same, with an answer: e.g. a query a guard must make whoever is signed in. */
    public static <T> T call(ProcessEngine engine, Supplier<T> work) {
        return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
                .execute(commandContext -> call(work));
    }
}
