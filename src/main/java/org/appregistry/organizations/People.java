package org.appregistry.organizations;

import java.util.List;
import java.util.UUID;

import org.appregistry.common.ConflictException;
import org.appregistry.common.NotFoundException;
import org.appregistry.common.Problems;
import org.appregistry.identity.Groups;
import org.appregistry.identity.UserAccounts;
import org.appregistry.identity.UserAccounts.NewUser;
import org.appregistry.identity.UserAccounts.Person;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * People who manage their own: a vendor's developers add and remove their colleagues, an
 * organisation's security administrators add and remove its members and grant or withdraw the
 * purchase right, and operators name the security administrators. Who may call is checked by the
 * controllers (AccessPolicy); the rules about the people are here. Each change is a change of the
 * groups in Camunda's identity service, which /api, /engine-rest and Tasklist read on every
 * request: it takes effect with the next one. The vendor's or organisation's row is locked while
 * its people change, so that two removals cannot both find someone else left.
 */
@Service
@Transactional
public class People {

    private final VendorRepository vendors;
    private final OrganizationRepository organizations;
    private final UserAccounts accounts;

    public People(VendorRepository vendors, OrganizationRepository organizations, UserAccounts accounts) {
        this.vendors = vendors;
        this.organizations = organizations;
        this.accounts = accounts;
    }

    /** A member as the security administrators see them. */
    public record Member(String userId, String firstName, String lastName, String email, boolean purchaser,
            boolean securityAdministrator) {
    }

    @Transactional(readOnly = true)
    public List<Person> developers(UUID vendorId) {
        vendor(vendorId);
        return accounts.membersOf(Groups.vendorDevelopers(vendorId));
    }

    /** A new account in the vendor's developers; the password rules of self-served accounts apply. */
    public void addDeveloper(UUID vendorId, NewUser developer) {
        vendor(vendorId);
        accounts.createSelfServed(developer, List.of(Groups.vendorDevelopers(vendorId), Groups.DEVELOPERS));
    }

    /** Removes the developer's account; a vendor keeps at least one developer. */
    public void removeDeveloper(UUID vendorId, String userId) {
        vendors.lockById(vendorId).orElseThrow(() -> new NotFoundException("vendor not found"));
        String group = Groups.vendorDevelopers(vendorId);
        if (!accounts.isMember(userId, group)) {
            throw new NotFoundException("developer not found");
        }
        if (accounts.countMembers(group) <= 1) {
            throw new ConflictException("The last developer of a vendor cannot be removed.");
        }
        accounts.delete(userId);
    }

    @Transactional(readOnly = true)
    public List<Member> members(UUID organizationId) {
        organization(organizationId);
        return accounts.membersOf(Groups.organizationMembers(organizationId)).stream()
                .map(p -> new Member(p.userId(), p.firstName(), p.lastName(), p.email(),
                        accounts.isMember(p.userId(), Groups.organizationPurchasers(organizationId)),
                        accounts.isMember(p.userId(), Groups.organizationSecurityAdministrators(organizationId))))
                .toList();
    }

    /** A new account in the organisation's members, with the purchase right or without. */
    public void addMember(UUID organizationId, NewUser member, boolean canPurchaseApps) {
        organization(organizationId);
        List<String> groups = canPurchaseApps
                ? List.of(Groups.organizationMembers(organizationId), Groups.MEMBERS,
                        Groups.organizationPurchasers(organizationId), Groups.PURCHASERS)
                : List.of(Groups.organizationMembers(organizationId), Groups.MEMBERS);
        accounts.createSelfServed(member, groups);
    }

    /** Removes the member's account; the organisation's last security administrator stays. */
    public void removeMember(UUID organizationId, String userId) {
        lockOrganization(organizationId);
        requireMember(organizationId, userId);
        String administrators = Groups.organizationSecurityAdministrators(organizationId);
        if (accounts.isMember(userId, administrators) && accounts.countMembers(administrators) <= 1) {
            throw new ConflictException("The last security administrator of an organisation cannot be removed; "
                    + "an operator names another first.");
        }
        accounts.delete(userId);
    }

    /** "Able to Purchase Apps": the member may sign the agreement, request downloads, record kickoffs. */
    public void grantPurchase(UUID organizationId, String userId) {
        lockOrganization(organizationId);
        requireMember(organizationId, userId);
        accounts.join(userId, List.of(Groups.organizationPurchasers(organizationId), Groups.PURCHASERS));
    }

    public void withdrawPurchase(UUID organizationId, String userId) {
        lockOrganization(organizationId);
        requireMember(organizationId, userId);
        accounts.leave(userId, List.of(Groups.organizationPurchasers(organizationId), Groups.PURCHASERS));
    }

    /** Operators name an organisation's security administrators among its members. */
    public void nameSecurityAdministrator(UUID organizationId, String userId) {
        new Problems().requireText("userId", userId, 64).throwIfAny();
        lockOrganization(organizationId);
        requireMember(organizationId, userId);
        accounts.ensureGroup(Groups.organizationSecurityAdministrators(organizationId),
                "Security administrators of " + organization(organizationId).getName(), "ORGANIZATION");
        accounts.join(userId, List.of(Groups.organizationSecurityAdministrators(organizationId)));
    }

    public void withdrawSecurityAdministrator(UUID organizationId, String userId) {
        lockOrganization(organizationId);
        requireMember(organizationId, userId);
        accounts.leave(userId, List.of(Groups.organizationSecurityAdministrators(organizationId)));
    }

    private void requireMember(UUID organizationId, String userId) {
        if (!accounts.isMember(userId, Groups.organizationMembers(organizationId))) {
            throw new NotFoundException("member not found");
        }
    }

    private Vendor vendor(UUID vendorId) {
        return vendors.findById(vendorId).orElseThrow(() -> new NotFoundException("vendor not found"));
    }

    private Organization organization(UUID organizationId) {
        return organizations.findById(organizationId).orElseThrow(() -> new NotFoundException("organisation not found"));
    }

    private void lockOrganization(UUID organizationId) {
        organizations.lockById(organizationId).orElseThrow(() -> new NotFoundException("organisation not found"));
    }
}
