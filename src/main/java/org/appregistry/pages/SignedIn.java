package org.appregistry.pages;

import java.util.UUID;

/**
 * Who is looking at a page, for its navigation and its choices: a vendor's developer, a member
 * (and perhaps purchaser) of an organisation, an operator, or nobody signed in.
 */
public record SignedIn(String userId, boolean operator, UUID vendorId, String vendorName, UUID organizationId,
        String organizationName, boolean purchaser) {

    public boolean developer() {
        return vendorId != null;
    }

    public boolean member() {
        return organizationId != null;
    }
}
