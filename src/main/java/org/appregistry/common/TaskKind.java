package org.appregistry.common;

/**
 * A user task as the core knows it: a name and the type of its answer, without any engine
 * detail. Each capability declares its tasks as constants; the engine adapter of a task says
 * which kind it answers, and {@link TaskAnswers} routes an answer to it.
 */
public record TaskKind<A>(String name, Class<A> answerType) {

    public static <A> TaskKind<A> of(String name, Class<A> answerType) {
        return new TaskKind<>(name, answerType);
    }
}
