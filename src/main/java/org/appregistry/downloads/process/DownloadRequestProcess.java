package org.appregistry.downloads.process;

import java.util.UUID;

import org.appregistry.workflow.ProcessVariable;

/** Key and variables of downloadRequest (processes/download-request.bpmn). */
public final class DownloadRequestProcess {

    public static final String KEY = "downloadRequest";

    /** Inputs: from the start form request-a-download, /api, or the auto-sync sweep. */
    public static final ProcessVariable<String> CLIENT_ID = ProcessVariable.string("clientId");
    public static final ProcessVariable<Integer> REFRESH_TOKEN_DURATION_HOURS =
            ProcessVariable.integer("refreshTokenDurationHours");
    public static final ProcessVariable<UUID> ORGANIZATION_ID = ProcessVariable.id("organizationId");
    public static final ProcessVariable<String> SOURCE = ProcessVariable.string("source");
    /** The pre-request checklist; an acknowledgement not passed is not given. */
    public static final ProcessVariable<Boolean> WORKED_WITH_TECHNICAL_COORDINATOR =
            ProcessVariable.bool("workedWithTechnicalCoordinator");
    public static final ProcessVariable<Boolean> PRODUCTS_AND_INTERFACES_IN_PLACE =
            ProcessVariable.bool("productsAndInterfacesInPlace");
    public static final ProcessVariable<Boolean> COSTS_EVALUATED = ProcessVariable.bool("costsEvaluated");

    /** Set by Task_RegisterRequest. */
    public static final ProcessVariable<UUID> REQUEST_ID = ProcessVariable.id("requestId");
    public static final ProcessVariable<UUID> APP_ID = ProcessVariable.id("appId");
    public static final ProcessVariable<UUID> VENDOR_ID = ProcessVariable.id("vendorId");
    public static final ProcessVariable<Boolean> NEEDS_CREDENTIALS = ProcessVariable.bool("needsCredentials");
    public static final ProcessVariable<Boolean> USES_REFRESH_TOKENS = ProcessVariable.bool("usesRefreshTokens");

    private DownloadRequestProcess() {
    }
}
