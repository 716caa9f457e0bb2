package org.appregistry.agreements;

import java.util.UUID;

import org.appregistry.agreements.AgreementTasks.Signature;
import org.appregistry.common.TaskAnswers;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A purchaser signs the API Subscription Agreement: the one path of
 * {@code POST /api/organizations/{id}/agreement} and of the agreement page. While a request waits
 * for the signature, signing answers that task (which releases every waiting request); otherwise
 * the signature is simply recorded. Callers have authorized the purchaser.
 */
@Service
public class Signing {

    private final AgreementService agreements;
    private final TaskAnswers tasks;

    public Signing(AgreementService agreements, TaskAnswers tasks) {
        this.agreements = agreements;
        this.tasks = tasks;
    }

    @Transactional
    public void sign(UUID organizationId, String signer, Signature signature) {
        if (tasks.isOpen(AgreementTasks.SIGN, organizationId)) {
            tasks.answer(AgreementTasks.SIGN, organizationId, signer, signature);
        } else {
            agreements.sign(organizationId, signer, signature);
        }
    }
}
