package org.appregistry.apps.process;

import org.appregistry.workflow.ProcessVariable;

/**
 * Keys, element ids and variables of appRegistration and productionReadinessReview
 * (processes/app-registration.bpmn, processes/production-readiness-review.bpmn). The record is
 * the app, the business key of both; the listing is form data (see {@link ListingForm}).
 */
public final class AppRegistrationProcess {

    public static final String KEY = "appRegistration";
    public static final String REVIEW_KEY = "productionReadinessReview";

    public static final String TASK_CREATE_APP_RECORD = "Task_CreateAppRecord";
    public static final String TASK_FINALIZE = "Task_FinalizeAndMarkReady";
    public static final String CALL_REVIEW = "CallActivity_ReviewProductionReadiness";
    public static final String TASK_EVALUATE_AUTO_SYNC = "Task_EvaluateAutoSyncEligibility";
    public static final String END_APP_ACTIVE = "EndEvent_AppActive";
    public static final String TASK_CHECK_READINESS = "Task_CheckReadiness";
    public static final String TASK_ACTIVATE_APP = "Task_ActivateApp";
    public static final String END_READINESS_ERRORS = "EndEvent_ReadinessErrors";
    public static final String END_APP_ACTIVATED = "EndEvent_AppActivated";
    public static final String BOUNDARY_READINESS_ERRORS_FOUND = "BoundaryEvent_ReadinessErrorsFound";
    public static final String ERROR_READINESS = "ReadinessErrors";

    /**
     * Optional start variable that only the application's own /api sets: the app this new one is
     * a copy of. Task_CreateAppRecord honours it only for an app of the requester's own vendor.
     */
    public static final ProcessVariable<java.util.UUID> COPY_OF = ProcessVariable.id("copyOf");
    /** Set by the review's error event: what the developer must fix, shown in the finalize form. */
    public static final ProcessVariable<String> READINESS_FINDINGS = ProcessVariable.string("readinessFindings");
    /** In the review: how many errors, and every finding as text (Cockpit shows both). */
    public static final ProcessVariable<Integer> READINESS_ERROR_COUNT = ProcessVariable.integer("readinessErrorCount");
    public static final ProcessVariable<String> READINESS_SUMMARY = ProcessVariable.string("readinessSummary");
    /** The rows of the autoSyncEligibility decision (resultVariable of its business rule task). */
    public static final String AUTO_SYNC_RULES = "autoSyncRules";

    private AppRegistrationProcess() {
    }
}
