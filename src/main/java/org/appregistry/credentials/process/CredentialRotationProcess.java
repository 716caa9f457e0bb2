package org.appregistry.credentials.process;

/**
 * Key, elements and message of credentialRotation (processes/credential-rotation.bpmn). The record
 * is the download request (the business key); the process carries no variable of its own: when
 * the overlap ends is read from the credentials' rows.
 */
public final class CredentialRotationProcess {

    public static final String KEY = "credentialRotation";
    public static final String CALL_SYNC_BOTH = "CallActivity_SyncCurrentAndPrevious";
    public static final String GATEWAY_OVERLAP = "Gateway_OverlapEndsOrRetired";
    public static final String TIMER_OVERLAP_ENDS = "TimerEvent_OverlapEnds";
    public static final String EVENT_PREVIOUS_RETIRED_EARLY = "MessageEvent_PreviousRetiredEarly";
    public static final String TASK_RETIRE_PREVIOUS = "Task_RetirePreviousCredentials";
    public static final String CALL_SYNC_CURRENT = "CallActivity_SyncCurrentOnly";
    public static final String END_ROTATION_DONE = "EndEvent_RotationDone";

    /** The developer retired the previous credentials before the overlap ended. */
    public static final String MESSAGE_PREVIOUS_RETIRED = "PreviousCredentialsRetired";

    private CredentialRotationProcess() {
    }
}
