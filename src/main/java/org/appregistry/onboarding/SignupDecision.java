package org.appregistry.onboarding;

import org.appregistry.common.Problems;

/** The operator's answer to a sign-up: approve, or refuse with a reason the applicant reads. */
public record SignupDecision(Boolean approve, String refusalReason) {

    static final int MAX_REASON = 1000;

    /** Refusing needs a reason; approving takes none. */
    void check() {
        Problems problems = new Problems();
        if (approve == null) {
            problems.add("approve", "is required: true to approve, false to refuse");
        } else if (!approve) {
            problems.requireText("refusalReason", refusalReason, MAX_REASON);
        } else {
            problems.limitText("refusalReason", refusalReason, MAX_REASON);
        }
        problems.throwIfAny();
    }
}
