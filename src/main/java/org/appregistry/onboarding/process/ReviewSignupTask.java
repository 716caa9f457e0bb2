package org.appregistry.onboarding.process;

import static org.appregistry.onboarding.process.VendorOnboardingProcess.APPROVE;
import static org.appregistry.onboarding.process.VendorOnboardingProcess.REFUSAL_REASON;

import java.util.Map;
import java.util.UUID;

import org.appregistry.common.TaskKind;
import org.appregistry.identity.UserAccounts;
import org.appregistry.onboarding.Signup;
import org.appregistry.onboarding.SignupDecision;
import org.appregistry.onboarding.SignupService;
import org.appregistry.onboarding.SignupTasks;
import org.appregistry.workflow.FormValues;
import org.appregistry.workflow.ProcessContract.TaskRef;
import org.appregistry.workflow.UserTask;
import org.springframework.stereotype.Component;

/**
 * Task_ReviewSignup, form review-signup: an operator approves the sign-up (the record) or refuses
 * it with a reason. The form shows who applied, for which vendor, from the rows.
 */
@Component
class ReviewSignupTask implements UserTask<SignupDecision> {

    /** Task labels, shown on the form and in Tasklist's list. */
    static final String LABEL_VENDOR_NAME = "vendorName";
    static final String LABEL_APPLICANT = "applicant";

    private final SignupService signups;
    private final UserAccounts accounts;

    ReviewSignupTask(SignupService signups, UserAccounts accounts) {
        this.signups = signups;
        this.accounts = accounts;
    }

    @Override
    public TaskKind<SignupDecision> kind() {
        return SignupTasks.REVIEW;
    }

    @Override
    public TaskRef task() {
        return new TaskRef(VendorOnboardingProcess.KEY, VendorOnboardingProcess.TASK_REVIEW_SIGNUP);
    }

    @Override
    public SignupDecision parse(FormValues form) {
        return new SignupDecision(form.text(APPROVE).map("approve"::equals).orElse(null),
                form.text(REFUSAL_REASON).orElse(null));
    }

    @Override
    public void answer(UUID signupId, String userId, SignupDecision decision) {
        signups.decide(signupId, userId, decision);
    }

    @Override
    public Map<String, Object> labels(UUID signupId) {
        Signup signup = signups.get(signupId);
        String applicant = accounts.person(signup.getUserId())
                .map(p -> p.firstName() + " " + p.lastName() + " <" + p.email() + "> (" + p.userId() + ")")
                .orElse(signup.getUserId());
        return Map.of(LABEL_VENDOR_NAME, signup.getVendorName(), LABEL_APPLICANT, applicant);
    }

    @Override
    public String notWaiting() {
        return "This sign-up was decided already.";
    }
}
