package org.appregistry.credentials.process;

import org.appregistry.credentials.CredentialService;
import org.appregistry.workflow.RecordId;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_ApplyStandingPolicy: the app's standing answer provisions the request without a developer. */
@Component
public class ApplyStandingPolicyDelegate implements JavaDelegate {

    private final CredentialService credentials;

    public ApplyStandingPolicyDelegate(CredentialService credentials) {
        this.credentials = credentials;
    }

    @Override
    public void execute(DelegateExecution execution) {
        credentials.provisionByPolicy(RecordId.of(execution));
    }
}
