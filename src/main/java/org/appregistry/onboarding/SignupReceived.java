package org.appregistry.onboarding;

/** Someone applied to join the programme for a new vendor; an operator decides in Tasklist. */
public record SignupReceived(String vendorName) {
}
