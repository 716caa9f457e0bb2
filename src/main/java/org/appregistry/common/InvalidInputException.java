package org.appregistry.common;

import java.util.List;

/** Input that breaks a rule; nothing was changed. Answered as 422 with the problems. */
public class InvalidInputException extends DomainException {

    private final transient List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldProblem(field, message)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    private static String describe(List<FieldProblem> problems) {
        StringBuilder text = new StringBuilder("Invalid input:");
        problems.forEach(p -> text.append(' ').append(p.field()).append(": ").append(p.message()).append(';'));
        return text.toString();
    }
}
