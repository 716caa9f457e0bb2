package org.appregistry.workflow;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * The domain record a process instance is about: its business key, which the application sets
 * itself (the first step of a process that creates the record, or the calling process), and
 * which no task answer or start variable can change. Delegates and listeners read the record
 * here and everything else from its row, never an id from a variable.
 */
public final class RecordId {

    private RecordId() {
    }

    public static UUID of(DelegateExecution execution) {
        String key = execution.getProcessBusinessKey();
        if (key == null) {
            throw new IllegalStateException("process instance " + execution.getProcessInstanceId()
                    + " has no business key: it was not started by the application's first step");
        }
        return UUID.fromString(key);
    }

    public static UUID of(DelegateTask task) {
        return of(task.getExecution());
    }
}
