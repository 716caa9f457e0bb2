package org.appregistry.onboarding.process;

import static org.appregistry.onboarding.process.VendorOnboardingProcess.SIGNUP_ID;

import org.appregistry.common.ForbiddenException;
import org.appregistry.onboarding.Signup;
import org.appregistry.onboarding.SignupService;
import org.appregistry.workflow.Requester;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_OpenSignup: the sign-up (written by POST /api/signups in this transaction) becomes the
 * business key. Only the application starts vendorOnboarding: a start by anyone signed in
 * (an operator over /engine-rest, say) is refused, so no sign-up id from a person is ever trusted.
 */
@Component
public class OpenSignupDelegate implements JavaDelegate {

    private final SignupService signups;

    public OpenSignupDelegate(SignupService signups) {
        this.signups = signups;
    }

    @Override
    public void execute(DelegateExecution execution) {
        if (Requester.of(execution).isPresent()) {
            throw new ForbiddenException("A vendor's onboarding starts with a sign-up (POST /api/signups).");
        }
        Signup signup = signups.get(SIGNUP_ID.get(execution));
        execution.removeVariable(SIGNUP_ID.name());
        execution.setProcessBusinessKey(signup.getId().toString());
    }
}
