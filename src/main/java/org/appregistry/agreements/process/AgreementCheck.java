package org.appregistry.agreements.process;

import org.appregistry.agreements.AgreementService;
import org.appregistry.identity.Groups;
import org.appregistry.workflow.RecordId;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * What subscriptionAgreement's expressions read about its organisation:
 * {@code ${agreementCheck.isSigned(execution)}}, {@code ${agreementCheck.purchasers(execution)}}.
 */
@Component
public class AgreementCheck {

    private final AgreementService agreements;

    public AgreementCheck(AgreementService agreements) {
        this.agreements = agreements;
    }

    public boolean isSigned(DelegateExecution execution) {
        return agreements.isSigned(RecordId.of(execution));
    }

    /** The candidate group of the signing task: the organisation's purchasers. */
    public String purchasers(DelegateExecution execution) {
        return Groups.organizationPurchasers(RecordId.of(execution));
    }
}
