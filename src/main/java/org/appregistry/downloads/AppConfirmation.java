package org.appregistry.downloads;

import org.appregistry.common.Problems;

/** A purchaser's answer after seeing the app behind a client ID: request it, or not. */
public record AppConfirmation(Boolean requestApp) {

    void check() {
        Problems problems = new Problems();
        if (requestApp == null) {
            problems.add("requestApp", "is required: request the app, or do not");
        }
        problems.throwIfAny();
    }
}
