package org.appregistry.workflow;

import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who asked for a process: a start listener ({@code ${requester}}) on the start events of
 * processes that people start. When the engine knows the caller (Tasklist, /engine-rest), that
 * user wins over any {@code requestedBy} variable passed in, so nobody can start a process in
 * someone else's name. Without an engine login the start came from this application's own
 * code (the /api controllers, which authorize first, or a timer), and its value is kept.
 */
@Component("requester")
public class Requester implements ExecutionListener {

    public static final ProcessVariable<String> REQUESTED_BY = ProcessVariable.string("requestedBy");

    @Override
    public void notify(DelegateExecution execution) {
        Authentication login = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (login != null && login.getUserId() != null) {
            REQUESTED_BY.set(execution, login.getUserId());
        }
    }

    /** The user who started the process, or empty when the application started it itself. */
    public static Optional<String> of(DelegateExecution execution) {
        return REQUESTED_BY.find(execution);
    }
}
