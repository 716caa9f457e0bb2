package org.appregistry.support;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.appregistry.identity.UserAccounts.NewUser;
import org.appregistry.organizations.OrganizationService;
import org.appregistry.organizations.OrganizationService.NewEnvironment;

/**
 * Vendors, organisations and their people for a test, each with names of its own, so that
 * tests sharing one application context never see each other's data.
 */
public class TestWorld {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String RUN = UUID.randomUUID().toString().substring(0, 6);

    private final OrganizationService organizations;

    public TestWorld(OrganizationService organizations) {
        this.organizations = organizations;
    }

    public record TestVendor(UUID id, String name, String developer) {
    }

    public record TestOrganization(UUID id, String name, String purchaser, String member) {
    }

    public static String password(String userId) {
        return userId + "-password";
    }

    public static String unique(String prefix) {
        return prefix + "-" + RUN + "-" + SEQUENCE.incrementAndGet();
    }

    /** A vendor with one developer. */
    public TestVendor vendor() {
        var vendor = organizations.createVendor(unique("Vendor"));
        return new TestVendor(vendor.getId(), vendor.getName(), developer(vendor.getId()));
    }

    /** Another developer of the vendor. */
    public String developer(UUID vendorId) {
        String userId = unique("dev");
        organizations.addDeveloper(vendorId, user(userId));
        return userId;
    }

    /** An organisation with PRD (production) and TST (non-production) in the built-in registry. */
    public TestOrganization organization() {
        return organization(List.of(new NewEnvironment("PRD", "PRODUCTION", null),
                new NewEnvironment("TST", "NON_PRODUCTION", null)));
    }

    public TestOrganization organization(List<NewEnvironment> environments) {
        var organization = organizations.createOrganization(unique("Org"), environments);
        String purchaser = unique("buyer");
        String member = unique("member");
        organizations.addMember(organization.getId(), user(purchaser), true);
        organizations.addMember(organization.getId(), user(member), false);
        return new TestOrganization(organization.getId(), organization.getName(), purchaser, member);
    }

    private static NewUser user(String userId) {
        return new NewUser(userId, password(userId), "Test", userId, userId + "@example.org");
    }
}
