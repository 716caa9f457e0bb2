package org.appregistry.apps;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** What the production-readiness review says about one field: an error blocks, a warning is shown. */
public record Finding(String field, Severity severity, String message) {

    public enum Severity {
        ERROR,
        WARNING
    }

    public static Finding error(String field, String message) {
        return new Finding(field, Severity.ERROR, message);
    }

    public static Finding warning(String field, String message) {
        return new Finding(field, Severity.WARNING, message);
    }

    @JsonIgnore
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return severity + " " + field + ": " + message;
    }
}
