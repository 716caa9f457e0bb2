package org.appregistry.agreements.process;

import static org.appregistry.agreements.process.SubscriptionAgreementProcess.ORGANIZATION_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_ReleaseWaitingChecks: the organisation's other requests waiting for the agreement go on. */
@Component("releaseWaitingChecks")
public class ReleaseWaitingChecksDelegate implements JavaDelegate {

    private final AgreementSignatures signatures;

    public ReleaseWaitingChecksDelegate(AgreementSignatures signatures) {
        this.signatures = signatures;
    }

    @Override
    public void execute(DelegateExecution execution) {
        signatures.releaseWaitingChecks(ORGANIZATION_ID.get(execution));
    }
}
