package org.appregistry.onboarding.process;

import org.appregistry.onboarding.SignupService;
import org.appregistry.onboarding.SignupStatus;
import org.appregistry.workflow.RecordId;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** What vendorOnboarding's gateway reads about the sign-up, from its row: {@code ${signupRecordExpressions.isApproved(execution)}}. */
@Component
public class SignupRecordExpressions {

    private final SignupService signups;

    public SignupRecordExpressions(SignupService signups) {
        this.signups = signups;
    }

    public boolean isApproved(DelegateExecution execution) {
        return signups.get(RecordId.of(execution)).getStatus() == SignupStatus.APPROVED;
    }
}
