package org.appregistry.credentials.process;

import org.appregistry.credentials.CredentialService;
import org.appregistry.workflow.RecordId;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_RetirePreviousCredentials: the overlap ended. Retires what is due by the clock, so a
 * retried job, or one that finds them retired early, does no harm.
 */
@Component
public class RetirePreviousCredentialsDelegate implements JavaDelegate {

    private final CredentialService credentials;

    public RetirePreviousCredentialsDelegate(CredentialService credentials) {
        this.credentials = credentials;
    }

    @Override
    public void execute(DelegateExecution execution) {
        credentials.retireOverlapEnded(RecordId.of(execution));
    }
}
