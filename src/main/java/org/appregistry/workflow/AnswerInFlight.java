package org.appregistry.workflow;

import java.util.Optional;

import org.appregistry.common.TaskKind;

/**
 * An answer that /api parsed itself, handed to the task's listener across the engine's complete
 * call in the same thread. Only the application's own code puts one here; a person's answer
 * through the engine's doors is always parsed from the form.
 */
final class AnswerInFlight {

    private record InFlight(String taskId, TaskKind<?> kind, Object answer) {
    }

    private static final ThreadLocal<InFlight> CURRENT = new ThreadLocal<>();

    private AnswerInFlight() {
    }

    static void put(String taskId, TaskKind<?> kind, Object answer) {
        CURRENT.set(new InFlight(taskId, kind, answer));
    }

    static void clear() {
        CURRENT.remove();
    }

    static <A> Optional<A> take(String taskId, TaskKind<A> kind) {
        InFlight inFlight = CURRENT.get();
        if (inFlight == null || !inFlight.taskId().equals(taskId) || !inFlight.kind().equals(kind)) {
            return Optional.empty();
        }
        CURRENT.remove();
        return Optional.of(kind.answerType().cast(inFlight.answer()));
    }
}
