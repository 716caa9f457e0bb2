package org.appregistry.organizations;

import java.util.List;

import org.appregistry.identity.Groups;
import org.appregistry.identity.UserAccounts;
import org.appregistry.organizations.OrganizationService.NewEnvironment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo world (README, "Demo users"), for the zero-setup start only: alice develops for Acme Health
 * Apps; bob (purchaser) and carol (member) belong to General Hospital, whose environments PRD
 * and TST use the built-in registry. Passwords equal the user ids.
 */
@Component
@Profile("demo")
@Order(2)
class DemoData implements ApplicationRunner {

    static final String VENDOR = "Acme Health Apps";
    static final String ORGANIZATION = "General Hospital";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final OrganizationService organizations;
    private final VendorRepository vendors;
    private final OrganizationRepository organizationRepository;
    private final UserAccounts accounts;

    DemoData(OrganizationService organizations, VendorRepository vendors,
            OrganizationRepository organizationRepository, UserAccounts accounts) {
        this.organizations = organizations;
        this.vendors = vendors;
        this.organizationRepository = organizationRepository;
        this.accounts = accounts;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        Vendor acme = vendors.findByName(VENDOR).orElseGet(() -> organizations.createVendor(VENDOR));
        Organization hospital = organizationRepository.findByName(ORGANIZATION)
                .orElseGet(() -> organizations.createOrganization(ORGANIZATION, List.of(
                        new NewEnvironment("PRD", EnvironmentKind.PRODUCTION.name(), null),
                        new NewEnvironment("TST", EnvironmentKind.NON_PRODUCTION.name(), null))));
        accounts.ensureUser("alice", "alice", "Alice",
                List.of(Groups.vendorDevelopers(acme.getId()), Groups.DEVELOPERS));
        accounts.ensureUser("bob", "bob", "Bob", List.of(Groups.organizationMembers(hospital.getId()), Groups.MEMBERS,
                Groups.organizationPurchasers(hospital.getId()), Groups.PURCHASERS));
        accounts.ensureUser("carol", "carol", "Carol",
                List.of(Groups.organizationMembers(hospital.getId()), Groups.MEMBERS));
        log.info("Demo data: vendor '{}' ({}), organisation '{}' ({}); users operator, alice, bob, carol "
                + "(password = user id, demo only)", VENDOR, acme.getId(), ORGANIZATION, hospital.getId());
    }
}
