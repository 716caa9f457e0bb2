package org.appregistry.credentials.process;

import java.util.Date;

import org.appregistry.credentials.CredentialService;
import org.appregistry.workflow.RecordId;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** The date of TimerEvent_OverlapEnds: {@code ${credentialRotationPlan.overlapEnd(execution)}}, from the rows. */
@Component
public class CredentialRotationPlan {

    private final CredentialService credentials;

    public CredentialRotationPlan(CredentialService credentials) {
        this.credentials = credentials;
    }

    public Date overlapEnd(DelegateExecution execution) {
        return Date.from(credentials.overlapEnd(RecordId.of(execution)));
    }
}
