package org.appregistry.onboarding;

/** Where a vendor's sign-up stands: an operator decides once. */
public enum SignupStatus {
    PENDING,
    APPROVED,
    REFUSED
}
