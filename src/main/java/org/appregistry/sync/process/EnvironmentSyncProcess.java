package org.appregistry.sync.process;

import java.util.UUID;

import org.appregistry.workflow.ProcessVariable;

/** Key, elements and variables of environmentSync (processes/environment-sync.bpmn). */
public final class EnvironmentSyncProcess {

    public static final String KEY = "environmentSync";
    public static final String TASK_PUSH = "Task_PushClientRecord";

    public static final ProcessVariable<UUID> REQUEST_ID = ProcessVariable.id("requestId");
    /** The element variable of the multi-instance push: one environment each. */
    public static final ProcessVariable<UUID> ENVIRONMENT_ID = ProcessVariable.id("environmentId");

    private EnvironmentSyncProcess() {
    }
}
