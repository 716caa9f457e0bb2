package org.appregistry.sync.process;

import java.util.UUID;

import org.appregistry.workflow.ProcessVariable;

/**
 * Key, elements and variables of environmentSync (processes/environment-sync.bpmn). The record is
 * the download request: the business key, passed down by downloadRequest.
 */
public final class EnvironmentSyncProcess {

    public static final String KEY = "environmentSync";
    public static final String TASK_PUSH = "Task_PushClientRecord";
    public static final String TASK_MARK_SYNCED = "Task_MarkRequestSynced";

    /** The element variable of the multi-instance push, from the application's own sync plan: one environment each. */
    public static final ProcessVariable<UUID> ENVIRONMENT_ID = ProcessVariable.id("environmentId");

    private EnvironmentSyncProcess() {
    }
}
