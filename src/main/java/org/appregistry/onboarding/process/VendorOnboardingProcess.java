package org.appregistry.onboarding.process;

import java.util.UUID;

import org.appregistry.workflow.ProcessVariable;

/**
 * Key, elements and variables of vendorOnboarding (processes/vendor-onboarding.bpmn). The record
 * is the sign-up: Task_OpenSignup makes its id the business key; every later step reads its row.
 */
public final class VendorOnboardingProcess {

    public static final String KEY = "vendorOnboarding";
    public static final String TASK_OPEN_SIGNUP = "Task_OpenSignup";
    public static final String TASK_REVIEW_SIGNUP = "Task_ReviewSignup";
    public static final String END_VENDOR_ONBOARDED = "EndEvent_VendorOnboarded";
    public static final String END_SIGNUP_REFUSED = "EndEvent_SignupRefused";

    /**
     * Not a form field: the sign-up that the application itself starts the process for. Nobody
     * signed in can send it: Task_OpenSignup refuses a start by a person.
     */
    public static final ProcessVariable<UUID> SIGNUP_ID = ProcessVariable.id("signupId");

    /** The form review-signup: read when the task completes, then removed. */
    static final String APPROVE = "approve";
    static final String REFUSAL_REASON = "refusalReason";

    private VendorOnboardingProcess() {
    }
}
