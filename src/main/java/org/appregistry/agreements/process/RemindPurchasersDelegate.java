package org.appregistry.agreements.process;

import org.appregistry.agreements.AgreementSignatureOverdue;
import org.appregistry.workflow.RecordId;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Task_RemindPurchasers: the agreement still waits; the purchasers hear of it again. */
@Component
public class RemindPurchasersDelegate implements JavaDelegate {

    private final ApplicationEventPublisher events;

    public RemindPurchasersDelegate(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        events.publishEvent(new AgreementSignatureOverdue(RecordId.of(execution)));
    }
}
