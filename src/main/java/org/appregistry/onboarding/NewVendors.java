package org.appregistry.onboarding;

import java.util.UUID;

/**
 * Port: the vendors an approved sign-up makes (organizations/SignupVendors), so that onboarding
 * needs nothing of the organisations' package and /api/me there may show a sign-up.
 */
public interface NewVendors {

    /** Whether a vendor has this name. */
    boolean exists(String name);

    /** Makes the vendor with its developers' group; 409 when the name is taken. */
    UUID create(String name);
}
