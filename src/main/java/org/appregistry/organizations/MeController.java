package org.appregistry.organizations;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import org.appregistry.identity.AccessPolicy;
import org.appregistry.identity.CurrentUser;
import org.appregistry.onboarding.SignupService;
import org.appregistry.onboarding.SignupStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who am I: the signed-in user with their vendor or organisation, so clients need not guess ids. */
@RestController
public class MeController {

    private final AccessPolicy access;
    private final OrganizationService organizations;
    private final SignupService signups;

    public MeController(AccessPolicy access, OrganizationService organizations, SignupService signups) {
        this.access = access;
        this.organizations = organizations;
        this.signups = signups;
    }

    public record Named(UUID id, String name) {
    }

    public record MembershipView(UUID id, String name, boolean purchaser, boolean securityAdministrator) {
    }

    /** The user's own sign-up, if they signed up: pending, approved, or refused with the operator's reason. */
    public record SignupView(String vendorName, SignupStatus status, String refusalReason) {
    }

    public record MeView(String userId, boolean operator, Named vendor, MembershipView organization,
            SignupView signup) {
    }

    @Operation(summary = "Who am I",
            description = "The signed-in user with their vendor or organisation (whether they may purchase apps, "
                    + "whether they are its security administrator), so that clients need not guess ids; for "
                    + "someone who signed up, the sign-up's status (PENDING, APPROVED, REFUSED with the reason). "
                    + "The only call an account in no group (a sign-up not approved) may make.")
    @GetMapping("/api/me")
    public MeView me() {
        CurrentUser user = access.current();
        Named vendor = user.vendorId().map(organizations::vendor).map(v -> new Named(v.getId(), v.getName()))
                .orElse(null);
        MembershipView organization = user.organizationId().map(organizations::organization)
                .map(o -> new MembershipView(o.getId(), o.getName(), user.isPurchaserOf(o.getId()),
                        user.isSecurityAdministratorOf(o.getId()))).orElse(null);
        SignupView signup = signups.of(user.userId()).map(s -> new SignupView(s.getVendorName(), s.getStatus(),
                s.getRefusalReason().orElse(null))).orElse(null);
        return new MeView(user.userId(), user.isOperator(), vendor, organization, signup);
    }
}
