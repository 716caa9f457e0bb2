package org.appregistry.agreements.process;

import org.appregistry.workflow.AsSystem;
import org.appregistry.workflow.RecordId;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_ReleaseWaitingChecks: one signature releases every agreement check of the organisation
 * that still waits for one (the same business key). The signer has no engine permission on the
 * other requests, and needs none: the model decided this, as the application. Each released
 * check goes on in a job of its own (EndEvent_SignedElsewhere is a save point).
 */
@Component
public class ReleaseWaitingChecksDelegate implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        String organization = RecordId.of(execution).toString();
        AsSystem.run(() -> execution.getProcessEngineServices().getRuntimeService()
                .createMessageCorrelation(SubscriptionAgreementProcess.MESSAGE_SIGNED)
                .processInstanceBusinessKey(organization)
                .correlateAll());
    }
}
