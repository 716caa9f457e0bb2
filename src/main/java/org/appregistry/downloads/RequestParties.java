package org.appregistry.downloads;

import java.util.UUID;

import org.appregistry.apps.App;
import org.appregistry.organizations.Organization;

/** Who a download request concerns: the app with its vendor, and the organisation, by id and name. */
public record RequestParties(UUID requestId, UUID appId, String appName, UUID vendorId, UUID organizationId,
        String organizationName) {

    public static RequestParties of(UUID requestId, App app, Organization organization) {
        return new RequestParties(requestId, app.getId(), app.getName(), app.getVendorId(), organization.getId(),
                organization.getName());
    }
}
