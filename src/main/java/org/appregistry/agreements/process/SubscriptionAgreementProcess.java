package org.appregistry.agreements.process;

import java.util.UUID;

import org.appregistry.workflow.ProcessVariable;

/** Key, elements and variables of subscriptionAgreement (processes/subscription-agreement.bpmn). */
public final class SubscriptionAgreementProcess {

    public static final String KEY = "subscriptionAgreement";
    public static final String TASK_SIGN = "Task_SignAgreement";
    /** Ends every other open signing task of the organisation once one signature is recorded. */
    public static final String MESSAGE_SIGNED = "AgreementSigned";

    public static final ProcessVariable<UUID> ORGANIZATION_ID = ProcessVariable.id("organizationId");
    /** The form sign-agreement. */
    static final ProcessVariable<String> SIGNER_NAME = ProcessVariable.string("signerName");
    static final ProcessVariable<String> SIGNER_TITLE = ProcessVariable.string("signerTitle");
    static final ProcessVariable<Boolean> ACCEPT = ProcessVariable.bool("accept");

    private SubscriptionAgreementProcess() {
    }
}
