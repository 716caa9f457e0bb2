package org.appregistry.common;

import java.util.UUID;

/**
 * How /api (and the web pages) answer a user task: exactly as a person in Tasklist would, so the
 * answer takes the one path every door takes (the task's listener calls the task's use case,
 * once). The record is the domain id the task is about (an app, a request, an organisation);
 * the user must have been authorized by the caller, and is checked again by the use case.
 */
public interface TaskAnswers {

    /**
     * Answers the open task of this kind for the record, as the user.
     *
     * @throws ConflictException when no such task is open (the record does not wait for this answer)
     */
    <A> void answer(TaskKind<A> kind, UUID recordId, String userId, A answer);

    /** Whether a task of this kind waits for the record. */
    boolean isOpen(TaskKind<?> kind, UUID recordId);
}
