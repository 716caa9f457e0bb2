package org.appregistry.downloads.process;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.appregistry.downloads.StakeholderRole;
import org.appregistry.workflow.ProcessVariable;

/** Key, elements and variables of downloadRequest (processes/download-request.bpmn). */
public final class DownloadRequestProcess {

    public static final String KEY = "downloadRequest";
    public static final String TASK_RECORD_KICKOFF = "Task_RecordKickoff";

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

    /** Shown on the form record-kickoff and in Tasklist's list: a task variable. */
    static final ProcessVariable<String> TASK_APP_NAME = ProcessVariable.string("appName");
    /**
     * The form record-kickoff: read when the task completes, stored in the kickoff table, then
     * removed, so that the process keeps only ids.
     */
    static final ProcessVariable<Boolean> SKIP_KICKOFF = ProcessVariable.bool("skipKickoff");
    static final ProcessVariable<String> KICKOFF_DATE = ProcessVariable.string("kickoffDate");
    static final ProcessVariable<String> KICKOFF_GOALS = ProcessVariable.string("kickoffGoals");
    static final ProcessVariable<String> KICKOFF_SCOPE = ProcessVariable.string("kickoffScope");
    static final ProcessVariable<String> KICKOFF_MILESTONES = ProcessVariable.string("kickoffMilestones");
    /** One field per role, in the order of the source document (the enum's). */
    static final Map<StakeholderRole, ProcessVariable<String>> STAKEHOLDER_FIELDS = stakeholderFields();

    /** Every variable of the form record-kickoff. */
    static final Collection<String> KICKOFF_FIELDS = Stream.concat(
            Stream.of(SKIP_KICKOFF, KICKOFF_DATE, KICKOFF_GOALS, KICKOFF_SCOPE, KICKOFF_MILESTONES),
            STAKEHOLDER_FIELDS.values().stream()).map(ProcessVariable::name).toList();

    private DownloadRequestProcess() {
    }

    private static Map<StakeholderRole, ProcessVariable<String>> stakeholderFields() {
        Map<StakeholderRole, ProcessVariable<String>> fields = new EnumMap<>(StakeholderRole.class);
        fields.put(StakeholderRole.DEVELOPER, ProcessVariable.string("stakeholderDeveloper"));
        fields.put(StakeholderRole.OPERATIONAL_SPONSOR, ProcessVariable.string("stakeholderOperationalSponsor"));
        fields.put(StakeholderRole.PROJECT_MANAGER, ProcessVariable.string("stakeholderProjectManager"));
        fields.put(StakeholderRole.ANALYST, ProcessVariable.string("stakeholderAnalyst"));
        fields.put(StakeholderRole.SECURITY_ADMINISTRATOR, ProcessVariable.string("stakeholderSecurityAdministrator"));
        fields.put(StakeholderRole.NETWORK_ENGINEER, ProcessVariable.string("stakeholderNetworkEngineer"));
        fields.put(StakeholderRole.TECHNICAL_COORDINATOR, ProcessVariable.string("stakeholderTechnicalCoordinator"));
        return Collections.unmodifiableMap(fields);
    }
}
