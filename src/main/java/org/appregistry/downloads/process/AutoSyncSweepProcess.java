package org.appregistry.downloads.process;

import org.appregistry.workflow.ProcessVariable;

/** Key and variables of autoSyncSweep (processes/auto-sync-sweep.bpmn). */
public final class AutoSyncSweepProcess {

    public static final String KEY = "autoSyncSweep";
    public static final String TASK_START_MISSING = "Task_StartMissingRequests";
    public static final String END_SWEEP_DONE = "EndEvent_SweepDone";
    public static final String END_LEFT_TO_THE_OTHER_SWEEP = "EndEvent_LeftToTheOtherSweep";

    /** How many requests the last batch started, and whether a full batch suggests more wait. */
    public static final ProcessVariable<Integer> STARTED = ProcessVariable.integer("startedInBatch");
    public static final ProcessVariable<Boolean> MORE_WAITING = ProcessVariable.bool("moreWaiting");

    private AutoSyncSweepProcess() {
    }
}
