package org.appregistry.common;

import java.util.ArrayList;
import java.util.List;

/** Collects the broken rules of one input, so that the caller learns all of them at once. */
public final class Problems {

    private final List<FieldProblem> found = new ArrayList<>();

    public Problems add(String field, String message) {
        found.add(new FieldProblem(field, message));
        return this;
    }

    /** Text that must be present and at most {@code max} characters long. */
    public Problems requireText(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            add(field, "is required");
        } else if (value.length() > max) {
            add(field, "must be at most " + max + " characters (is " + value.length() + ")");
        }
        return this;
    }

    /** Text that may be absent, but at most {@code max} characters long. */
    public Problems limitText(String field, String value, int max) {
        if (value != null && value.length() > max) {
            add(field, "must be at most " + max + " characters (is " + value.length() + ")");
        }
        return this;
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public List<FieldProblem> list() {
        return List.copyOf(found);
    }

    /** Nothing may change when any rule is broken. */
    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidInputException(found);
        }
    }
}
