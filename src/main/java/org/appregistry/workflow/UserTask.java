package org.appregistry.workflow;

import java.util.Map;
import java.util.UUID;

import org.appregistry.common.TaskKind;

/**
 * The engine adapter of one user task, in its capability's {@code process/} package: the one
 * parser of its form and the call of its one use case. Every door reaches {@link #answer}
 * through {@link UserTaskListener} when the task completes: Tasklist and /engine-rest with the
 * form's fields parsed by {@link #parse}, /api with an answer it parsed itself. Who answers is
 * the engine's signed-in user and the record is the business key of the task's process, never
 * a variable; the use case checks that this person may answer for that record.
 */
public interface UserTask<A> {

    TaskKind<A> kind();

    /** The process key and element id of the task in its model. */
    ProcessContract.TaskRef task();

    /** The one parser of the task's form: Tasklist's submit and /engine-rest's complete. */
    A parse(FormValues form);

    /** The task's use case: writes the answer once, or refuses it with a domain exception. */
    void answer(UUID recordId, String userId, A answer);

    /**
     * The form's starting values, set in the process scope when the task opens so that both
     * Tasklist's submit and /engine-rest's complete update them; removed when it completes.
     */
    default Map<String, Object> formValues(UUID recordId) {
        return Map.of();
    }

    /** What Tasklist shows beside the task (its list columns): task-local, gone with the task. */
    default Map<String, Object> labels(UUID recordId) {
        return Map.of();
    }

    /** Called when the task opens, e.g. to say that the record now waits for someone. */
    default void opened(UUID recordId) {
    }

    /** Why /api gets 409 when no task of this kind waits for the record. */
    default String notWaiting() {
        return "Nothing waits for this answer.";
    }
}
