package org.appregistry.onboarding;

import org.appregistry.common.TaskKind;

/** The user task of a sign-up, as the core knows it. */
public final class SignupTasks {

    /** An operator approves or refuses a sign-up; the record is the sign-up. */
    public static final TaskKind<SignupDecision> REVIEW = TaskKind.of("reviewSignup", SignupDecision.class);

    private SignupTasks() {
    }
}
