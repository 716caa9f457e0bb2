package org.appregistry.identity;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.appregistry.common.ForbiddenException;
import org.appregistry.common.NotFoundException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The one place that decides who may act on a vendor's or an organisation's data. Controllers
 * ask it about the signed-in user; delegates ask it about the user who drove the process. The
 * same groups are the candidate groups of the tasks, so Tasklist and /engine-rest follow the
 * same rules through Camunda's authorizations.
 */
@Component
public class AccessPolicy {

    private final IdentityService identityService;

    public AccessPolicy(IdentityService identityService) {
        this.identityService = identityService;
    }

    /** The signed-in user of this request. */
    public CurrentUser current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof CurrentUser user)) {
            throw new IllegalStateException("no signed-in user; the security configuration should have refused");
        }
        return user;
    }

    /** A user known by id, e.g. the one who started or drove a process. */
    public CurrentUser user(String userId) {
        Set<String> groups = new HashSet<>();
        for (Group group : identityService.createGroupQuery().groupMember(userId).list()) {
            groups.add(group.getId());
        }
        return new CurrentUser(userId, groups);
    }

    public void requireOperator() {
        if (!current().isOperator()) {
            throw new ForbiddenException("Only an operator may do this.");
        }
    }

    /** The vendor the signed-in developer works for; anyone else is refused. */
    public UUID requireDeveloper() {
        return developerVendor(current());
    }

    public UUID developerVendor(CurrentUser user) {
        return user.vendorId().orElseThrow(() -> new ForbiddenException("Only a vendor's developer may do this."));
    }

    /**
     * A vendor's resource is invisible to everyone else: it answers as unknown, so that ids of
     * other vendors' apps cannot be probed.
     */
    public void requireDeveloperOf(UUID vendorId, String what) {
        if (!current().isDeveloperOf(vendorId)) {
            throw new NotFoundException(what + " not found");
        }
    }

    /**
     * The same for a user known by id, e.g. the person who answered a task: another vendor's
     * resource is as unknown to them as it is over /api.
     */
    public void requireDeveloperOf(String userId, UUID vendorId, String what) {
        if (!user(userId).isDeveloperOf(vendorId)) {
            throw new NotFoundException(what + " not found");
        }
    }

    public void requireMemberOf(UUID organizationId) {
        CurrentUser user = current();
        if (!user.isMemberOf(organizationId) && !user.isOperator()) {
            throw new ForbiddenException("Only members of this organisation may see this.");
        }
    }

    /** Who manages a vendor's developers: its developers, and operators. */
    public void requireDeveloperOrOperatorOf(UUID vendorId) {
        CurrentUser user = current();
        if (!user.isDeveloperOf(vendorId) && !user.isOperator()) {
            throw new ForbiddenException("Only the vendor's developers may manage its developers.");
        }
    }

    /** Who manages an organisation's members and their purchase right: its security administrators, and operators. */
    public void requireSecurityAdministratorOf(UUID organizationId) {
        CurrentUser user = current();
        if (!user.isSecurityAdministratorOf(organizationId) && !user.isOperator()) {
            throw new ForbiddenException("Only a security administrator of this organisation may do this.");
        }
    }

    public void requirePurchaserOf(UUID organizationId) {
        requirePurchaser(current(), organizationId);
    }

    public void requirePurchaser(CurrentUser user, UUID organizationId) {
        if (!user.isPurchaserOf(organizationId)) {
            throw new ForbiddenException(
                    "Only a member of this organisation with the \"Able to Purchase Apps\" right may do this.");
        }
    }
}
