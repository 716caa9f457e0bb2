package org.appregistry.sync.process;

import org.appregistry.workflow.ProcessVariable;

/**
 * Key, elements and variables of clientRecordRefresh (processes/client-record-refresh.bpmn). The
 * record is the app: the business key, set by the application when it starts the refresh.
 */
public final class ClientRecordRefreshProcess {

    public static final String KEY = "clientRecordRefresh";
    public static final String TASK_PUSH = "Task_PushCurrentClientRecord";

    /** The element variable of the fan-out, from the application's own plan: {@code requestId/environmentId}. */
    public static final ProcessVariable<String> TARGET = ProcessVariable.string("target");

    private ClientRecordRefreshProcess() {
    }
}
