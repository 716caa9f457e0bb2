package org.appregistry.organizations;

import java.util.UUID;

import org.appregistry.onboarding.NewVendors;
import org.springframework.stereotype.Component;

/** The vendors of approved sign-ups, made as the operator makes them. */
@Component
class SignupVendors implements NewVendors {

    private final OrganizationService organizations;

    SignupVendors(OrganizationService organizations) {
        this.organizations = organizations;
    }

    @Override
    public boolean exists(String name) {
        return organizations.vendorNamed(name).isPresent();
    }

    @Override
    public UUID create(String name) {
        return organizations.createVendor(name).getId();
    }
}
