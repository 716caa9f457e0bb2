package org.appregistry.onboarding.process;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.appregistry.onboarding.VendorSignups;
import org.appregistry.workflow.ProcessStarts;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Starts vendorOnboarding as the application (the applicant is nobody the engine knows yet), in the sign-up's transaction. */
@Component
class VendorOnboardingStarter implements VendorSignups {

    private final ProcessStarts starts;

    VendorOnboardingStarter(ProcessStarts starts) {
        this.starts = starts;
    }

    @Override
    @Transactional
    public void startOnboarding(UUID signupId) {
        Map<String, Object> variables = new HashMap<>();
        VendorOnboardingProcess.SIGNUP_ID.put(variables, signupId);
        starts.start(VendorOnboardingProcess.KEY, variables);
    }
}
