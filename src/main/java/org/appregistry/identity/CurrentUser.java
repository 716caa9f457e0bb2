package org.appregistry.identity;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** A signed-in user and the groups that say what they may do. */
public record CurrentUser(String userId, Set<String> groupIds) {

    public CurrentUser {
        groupIds = Set.copyOf(groupIds);
    }

    public boolean isOperator() {
        return groupIds.contains(Groups.OPERATORS);
    }

    /** The vendor this user develops for; a developer belongs to one vendor. */
    public Optional<UUID> vendorId() {
        return groupIds.stream().map(Groups::vendorOf).flatMap(Optional::stream).findFirst();
    }

    /** The organisation this user is a member of; a member belongs to one organisation. */
    public Optional<UUID> organizationId() {
        return groupIds.stream().map(Groups::organizationOfMember).flatMap(Optional::stream).findFirst();
    }

    public boolean isMemberOf(UUID organizationId) {
        return groupIds.contains(Groups.organizationMembers(organizationId));
    }

    public boolean isPurchaserOf(UUID organizationId) {
        return groupIds.contains(Groups.organizationPurchasers(organizationId));
    }

    public boolean isSecurityAdministratorOf(UUID organizationId) {
        return groupIds.contains(Groups.organizationSecurityAdministrators(organizationId));
    }

    /** An account in no group: a sign-up not approved (yet), which may only ask who it is. */
    public boolean isInNoGroup() {
        return groupIds.isEmpty();
    }

    public boolean isDeveloperOf(UUID vendorId) {
        return groupIds.contains(Groups.vendorDevelopers(vendorId));
    }
}
