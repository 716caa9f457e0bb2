package org.appregistry.workflow;

import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Who asked for a process: the person signed in to the engine when its first step runs (Tasklist,
 * /engine-rest, and /api, which starts as the person). Never a variable, so nobody can start a
 * process in someone else's name. Nobody signed in means the application started it itself (a
 * timer's job, the auto-sync sweep).
 */
public final class Requester {

    private Requester() {
    }

    public static Optional<String> of(DelegateExecution execution) {
        Authentication login = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return login == null ? Optional.empty() : Optional.ofNullable(login.getUserId());
    }
}
