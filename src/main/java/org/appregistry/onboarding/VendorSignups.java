package org.appregistry.onboarding;

import java.util.UUID;

/** Port: starts vendorOnboarding for a sign-up just written (process/VendorOnboardingStarter). */
public interface VendorSignups {

    void startOnboarding(UUID signupId);
}
