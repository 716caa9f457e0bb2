package org.appregistry.pages;

import java.util.Optional;

import org.appregistry.identity.CurrentUser;
import org.appregistry.organizations.Organization;
import org.appregistry.organizations.OrganizationService;
import org.appregistry.organizations.Vendor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who looks at a page: the signed-in user with their vendor or organisation, or nobody. */
@Component
class Viewers {

    private final OrganizationService organizations;

    Viewers(OrganizationService organizations) {
        this.organizations = organizations;
    }

    Optional<SignedIn> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof CurrentUser user)) {
            return Optional.empty();
        }
        Vendor vendor = user.vendorId().map(organizations::vendor).orElse(null);
        Organization organization = user.organizationId().map(organizations::organization).orElse(null);
        return Optional.of(new SignedIn(user.userId(), user.isOperator(), vendor == null ? null : vendor.getId(),
                vendor == null ? null : vendor.getName(), organization == null ? null : organization.getId(),
                organization == null ? null : organization.getName(),
                organization != null && user.isPurchaserOf(organization.getId())));
    }
}
