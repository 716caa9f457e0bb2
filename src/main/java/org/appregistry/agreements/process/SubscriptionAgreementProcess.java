package org.appregistry.agreements.process;

/**
 * Key, elements and messages of subscriptionAgreement (processes/subscription-agreement.bpmn).
 * The record is the organisation: the business key, set by the calling process from its request.
 */
public final class SubscriptionAgreementProcess {

    public static final String KEY = "subscriptionAgreement";
    public static final String TASK_SIGN = "Task_SignAgreement";
    public static final String TASK_RELEASE_WAITING_CHECKS = "Task_ReleaseWaitingChecks";
    public static final String END_AGREEMENT_SIGNED = "EndEvent_AgreementSigned";
    public static final String END_SIGNED_ELSEWHERE = "EndEvent_SignedElsewhere";
    public static final String TASK_REMIND_PURCHASERS = "Task_RemindPurchasers";
    /** Ends every other open signing task of the organisation once one signature is recorded. */
    public static final String MESSAGE_SIGNED = "AgreementSigned";

    private SubscriptionAgreementProcess() {
    }
}
