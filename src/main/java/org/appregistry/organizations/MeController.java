package org.appregistry.organizations;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import org.appregistry.identity.AccessPolicy;
import org.appregistry.identity.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who am I: the signed-in user with their vendor or organisation, so clients need not guess ids. */
@RestController
public class MeController {

    private final AccessPolicy access;
    private final OrganizationService organizations;

    public MeController(AccessPolicy access, OrganizationService organizations) {
        this.access = access;
        this.organizations = organizations;
    }

    public record Named(UUID id, String name) {
    }

    public record MembershipView(UUID id, String name, boolean purchaser) {
    }

    public record MeView(String userId, boolean operator, Named vendor, MembershipView organization) {
    }

    @Operation(summary = "Who am I",
            description = "The signed-in user with their vendor or organisation (and whether they may purchase apps), "
                    + "so that clients need not guess ids.")
    @GetMapping("/api/me")
    public MeView me() {
        CurrentUser user = access.current();
        Named vendor = user.vendorId().map(organizations::vendor).map(v -> new Named(v.getId(), v.getName()))
                .orElse(null);
        MembershipView organization = user.organizationId().map(organizations::organization)
                .map(o -> new MembershipView(o.getId(), o.getName(), user.isPurchaserOf(o.getId()))).orElse(null);
        return new MeView(user.userId(), user.isOperator(), vendor, organization);
    }
}
