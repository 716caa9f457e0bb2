package org.appregistry.apps.process;

import java.util.UUID;

import org.appregistry.workflow.ProcessVariable;

/**
 * Keys, element ids and variables of appRegistration and productionReadinessReview
 * (processes/app-registration.bpmn, processes/production-readiness-review.bpmn). The listing
 * itself is form data (see {@link ListingForm}); the processes carry only these.
 */
public final class AppRegistrationProcess {

    public static final String KEY = "appRegistration";
    public static final String REVIEW_KEY = "productionReadinessReview";
    public static final String TASK_FINALIZE = "Task_FinalizeAndMarkReady";

    public static final ProcessVariable<UUID> APP_ID = ProcessVariable.id("appId");
    public static final ProcessVariable<UUID> VENDOR_ID = ProcessVariable.id("vendorId");
    /**
     * Optional start variable: the app this new one is a copy of. Task_CreateAppRecord honours
     * it only for an app of the requester's own vendor.
     */
    public static final ProcessVariable<UUID> COPY_OF = ProcessVariable.id("copyOf");
    /**
     * Task-local on the finalize task: the app's name, which Tasklist's task list shows. The
     * form's working copy lives in process scope, where the engine rightly lets developers read
     * it only through their task, not in the list (that would need READ on the instance).
     */
    public static final ProcessVariable<String> TASK_APP_NAME = ProcessVariable.string("appName");
    /** Shown on the finalize form, so that a developer working in Tasklist alone can hand them out. */
    public static final ProcessVariable<UUID> TASK_PRODUCTION_CLIENT_ID = ProcessVariable.id("productionClientId");
    public static final ProcessVariable<UUID> TASK_NON_PRODUCTION_CLIENT_ID = ProcessVariable.id("nonProductionClientId");
    /** Set by the review's error event: what the developer must fix, shown in the finalize form. */
    public static final ProcessVariable<String> READINESS_FINDINGS = ProcessVariable.string("readinessFindings");
    /** In the review: how many errors, and every finding as text. */
    public static final ProcessVariable<Integer> READINESS_ERROR_COUNT = ProcessVariable.integer("readinessErrorCount");
    public static final ProcessVariable<String> READINESS_SUMMARY = ProcessVariable.string("readinessSummary");
    /** The rows of the autoSyncEligibility decision (resultVariable of its business rule task). */
    public static final String AUTO_SYNC_RULES = "autoSyncRules";

    private AppRegistrationProcess() {
    }
}
