package org.appregistry.agreements.process;

import java.util.UUID;

import org.appregistry.agreements.AgreementAwaitsSignature;
import org.appregistry.agreements.AgreementService;
import org.appregistry.agreements.AgreementTasks.Signature;
import org.appregistry.agreements.AgreementTasks;
import org.appregistry.common.TaskKind;
import org.appregistry.workflow.FormValues;
import org.appregistry.workflow.ProcessContract.TaskRef;
import org.appregistry.workflow.UserTask;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Task_SignAgreement, form sign-agreement: a purchaser signs for the organisation (the record).
 * When it opens, the organisation's purchasers hear that a signature is awaited.
 */
@Component
class SignAgreementTask implements UserTask<Signature> {

    static final String ACCEPT = "accept";
    static final String SIGNER_NAME = "signerName";
    static final String SIGNER_TITLE = "signerTitle";

    private final AgreementService agreements;
    private final ApplicationEventPublisher events;

    SignAgreementTask(AgreementService agreements, ApplicationEventPublisher events) {
        this.agreements = agreements;
        this.events = events;
    }

    @Override
    public TaskKind<Signature> kind() {
        return AgreementTasks.SIGN;
    }

    @Override
    public TaskRef task() {
        return new TaskRef(SubscriptionAgreementProcess.KEY, SubscriptionAgreementProcess.TASK_SIGN);
    }

    @Override
    public Signature parse(FormValues form) {
        return new Signature(form.checked(ACCEPT), form.text(SIGNER_NAME).orElse(null),
                form.text(SIGNER_TITLE).orElse(null));
    }

    @Override
    public void answer(UUID organizationId, String userId, Signature signature) {
        agreements.sign(organizationId, userId, signature);
    }

    @Override
    public void opened(UUID organizationId) {
        events.publishEvent(new AgreementAwaitsSignature(organizationId));
    }

    @Override
    public String notWaiting() {
        return "No agreement check of this organisation waits for a signature.";
    }
}
