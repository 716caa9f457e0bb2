package org.appregistry.common;

/** One broken rule of an input: which field, and what the rule says. */
public record FieldProblem(String field, String message) {
}
