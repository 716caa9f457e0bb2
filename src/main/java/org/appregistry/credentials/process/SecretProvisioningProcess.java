package org.appregistry.credentials.process;

/**
 * Key and elements of secretProvisioning (processes/secret-provisioning.bpmn). The record is the
 * download request: the business key, passed down by downloadRequest.
 */
public final class SecretProvisioningProcess {

    public static final String KEY = "secretProvisioning";
    public static final String TASK_AWAIT_CREDENTIALS = "Task_AwaitCredentials";
    public static final String TASK_APPLY_STANDING_POLICY = "Task_ApplyStandingPolicy";
    public static final String TASK_PROVIDE = "Task_ProvideCredentials";
    public static final String TASK_REMIND_DEVELOPERS = "Task_RemindDevelopers";
    public static final String TASK_ENABLE_REQUEST = "Task_EnableRequest";
    public static final String END_REQUEST_ENABLED = "EndEvent_RequestEnabled";

    private SecretProvisioningProcess() {
    }
}
