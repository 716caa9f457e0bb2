package org.appregistry.credentials.process;

import org.appregistry.workflow.ProcessVariable;

/** Key, elements and variables of certificateExpiryWatch (processes/certificate-expiry-watch.bpmn). */
public final class CertificateExpiryWatchProcess {

    public static final String KEY = "certificateExpiryWatch";
    public static final String START_EVENT = "StartEvent_WatchDue";
    public static final String TASK_CHECK = "Task_CheckCertificateExpiry";
    public static final String END_CERTIFICATES_CHECKED = "EndEvent_CertificatesChecked";

    /** What the run did, for Cockpit's history of the instance. */
    public static final ProcessVariable<Integer> CERTIFICATES_WARNED = ProcessVariable.integer("certificatesWarned");
    public static final ProcessVariable<Integer> CERTIFICATES_MARKED_EXPIRED =
            ProcessVariable.integer("certificatesMarkedExpired");

    private CertificateExpiryWatchProcess() {
    }
}
