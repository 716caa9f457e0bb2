package org.appregistry.sync.process;

import java.util.UUID;

import org.appregistry.workflow.ProcessVariable;

/**
 * Key, elements and variables of downloadRemoval (processes/download-removal.bpmn). The record is
 * the download request: the business key, set by the application when it starts the removal.
 */
public final class DownloadRemovalProcess {

    public static final String KEY = "downloadRemoval";
    public static final String TASK_DELETE = "Task_DeleteClientRecord";
    public static final String TASK_MARK_REMOVED = "Task_MarkRequestRemoved";

    /** The element variable of the multi-instance deletion, from the application's own plan. */
    public static final ProcessVariable<UUID> ENVIRONMENT_ID = ProcessVariable.id("environmentId");

    private DownloadRemovalProcess() {
    }
}
