package org.appregistry.workflow;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who completes a user task: the engine's signed-in user (Tasklist, /engine-rest), else its assignee. */
public final class Actor {

    private Actor() {
    }

    public static String of(DelegateTask task) {
        Authentication login = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (login != null && login.getUserId() != null) {
            return login.getUserId();
        }
        if (task.getAssignee() != null) {
            return task.getAssignee();
        }
        throw new IllegalStateException("task " + task.getId() + " is completed by nobody known");
    }
}
