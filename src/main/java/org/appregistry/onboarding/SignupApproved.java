package org.appregistry.onboarding;

import java.util.UUID;

/** An operator approved a sign-up: the vendor exists and the applicant is its first developer. */
public record SignupApproved(UUID vendorId, String vendorName) {
}
