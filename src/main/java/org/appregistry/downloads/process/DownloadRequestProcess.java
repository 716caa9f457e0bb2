package org.appregistry.downloads.process;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import org.appregistry.downloads.StakeholderRole;
import org.appregistry.workflow.ProcessVariable;

/**
 * Key, elements and start fields of downloadRequest (processes/download-request.bpmn). The record
 * is the request: Task_RegisterRequest creates it and makes its id the business key; every later
 * step reads the request's row, never an id from a variable.
 */
public final class DownloadRequestProcess {

    public static final String KEY = "downloadRequest";
    public static final String TASK_REGISTER_REQUEST = "Task_RegisterRequest";
    public static final String GATEWAY_APP_CONFIRMED = "Gateway_AppConfirmed";
    public static final String TASK_CONFIRM_APP = "Task_ConfirmApp";
    public static final String END_APP_NOT_WANTED = "EndEvent_AppNotWanted";
    public static final String CALL_CHECK_AGREEMENT = "CallActivity_CheckAgreement";
    public static final String TASK_SETTLE_REFRESH_TOKEN_DURATION = "Task_SettleRefreshTokenDuration";
    public static final String TASK_APPROVE_REQUEST = "Task_ApproveRequest";
    public static final String CALL_PROVISION_CREDENTIALS = "CallActivity_ProvisionCredentials";
    public static final String CALL_SYNC_ENVIRONMENTS = "CallActivity_SyncEnvironments";
    public static final String TASK_RECORD_KICKOFF = "Task_RecordKickoff";
    public static final String TASK_REMIND_KICKOFF = "Task_RemindKickoff";
    public static final String END_CLIENT_RECORD_SYNCED = "EndEvent_ClientRecordSynced";
    public static final String END_KICKOFF_SETTLED = "EndEvent_KickoffSettled";
    public static final String END_KICKOFF_REMINDER_SENT = "EndEvent_KickoffReminderSent";

    /** Start fields: the form request-a-download, /api, and the auto-sync sweep. */
    public static final ProcessVariable<String> CLIENT_ID = ProcessVariable.string("clientId");
    public static final ProcessVariable<Integer> REFRESH_TOKEN_DURATION_HOURS =
            ProcessVariable.integer("refreshTokenDurationHours");
    /** The pre-request checklist; an acknowledgement not passed is not given. */
    public static final ProcessVariable<Boolean> WORKED_WITH_TECHNICAL_COORDINATOR =
            ProcessVariable.bool("workedWithTechnicalCoordinator");
    public static final ProcessVariable<Boolean> PRODUCTS_AND_INTERFACES_IN_PLACE =
            ProcessVariable.bool("productsAndInterfacesInPlace");
    public static final ProcessVariable<Boolean> COSTS_EVALUATED = ProcessVariable.bool("costsEvaluated");
    /**
     * Not a form field: which organisation the application's own starts ask for (/api for the
     * purchaser's organisation in its path, the sweep). A person can never send it, and
     * Task_RegisterRequest still checks that the person purchases for it.
     */
    public static final ProcessVariable<UUID> ORGANIZATION_ID = ProcessVariable.id("organizationId");
    /**
     * Not a form field: /api and the web pages showed the app before the request, so the person's
     * request is confirmed when made. A start from Tasklist's form (a client ID typed in) lacks it
     * and waits at Task_ConfirmApp; a person can never send it.
     */
    public static final ProcessVariable<Boolean> APP_CONFIRMED = ProcessVariable.bool("appConfirmed");

    /** The form confirm-app: read when the task completes, then removed. */
    static final String REQUEST_APP = "requestApp";

    /** The form record-kickoff: read when the task completes, stored in the kickoff table, then removed. */
    public static final String SKIP_KICKOFF = "skipKickoff";
    public static final String KICKOFF_DATE = "kickoffDate";
    public static final String KICKOFF_GOALS = "kickoffGoals";
    public static final String KICKOFF_SCOPE = "kickoffScope";
    public static final String KICKOFF_MILESTONES = "kickoffMilestones";
    /** One field per role, in the order of the source document (the enum's). */
    public static final Map<StakeholderRole, String> STAKEHOLDER_FIELDS = stakeholderFields();

    private DownloadRequestProcess() {
    }

    private static Map<StakeholderRole, String> stakeholderFields() {
        Map<StakeholderRole, String> fields = new EnumMap<>(StakeholderRole.class);
        fields.put(StakeholderRole.DEVELOPER, "stakeholderDeveloper");
        fields.put(StakeholderRole.OPERATIONAL_SPONSOR, "stakeholderOperationalSponsor");
        fields.put(StakeholderRole.PROJECT_MANAGER, "stakeholderProjectManager");
        fields.put(StakeholderRole.ANALYST, "stakeholderAnalyst");
        fields.put(StakeholderRole.CLIENT_SYSTEMS_ADMINISTRATOR, "stakeholderClientSystemsAdministrator");
        fields.put(StakeholderRole.NETWORK_ENGINEER, "stakeholderNetworkEngineer");
        fields.put(StakeholderRole.TECHNICAL_COORDINATOR, "stakeholderTechnicalCoordinator");
        fields.put(StakeholderRole.TECHNICAL_SERVICES, "stakeholderTechnicalServices");
        fields.put(StakeholderRole.EDI_REPRESENTATIVE, "stakeholderEdiRepresentative");
        return Collections.unmodifiableMap(fields);
    }
}
