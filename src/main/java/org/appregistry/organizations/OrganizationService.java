package org.appregistry.organizations;

import java.net.URI;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.appregistry.common.ConflictException;
import org.appregistry.common.NotFoundException;
import org.appregistry.common.Problems;
import org.appregistry.common.Texts;
import org.appregistry.identity.Groups;
import org.appregistry.identity.UserAccounts.NewUser;
import org.appregistry.identity.UserAccounts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Vendors, organisations with their environments, and the people of both (operator work). */
@Service
@Transactional
public class OrganizationService {

    private static final Pattern ENVIRONMENT_CODE = Pattern.compile("[A-Za-z0-9_-]{1,20}");

    private final VendorRepository vendors;
    private final OrganizationRepository organizations;
    private final UserAccounts accounts;
    private final Clock clock;

    public OrganizationService(VendorRepository vendors, OrganizationRepository organizations,
            UserAccounts accounts, Clock clock) {
        this.clock = clock;
        this.vendors = vendors;
        this.organizations = organizations;
        this.accounts = accounts;
    }

    public record NewEnvironment(String code, String kind, String registryUrl) {
    }

    public Vendor createVendor(String name) {
        new Problems().requireText("name", name, 200).throwIfAny();
        if (vendors.findByName(name.trim()).isPresent()) {
            throw new ConflictException("A vendor named '" + name.trim() + "' already exists.");
        }
        Vendor vendor = vendors.save(new Vendor(name.trim(), clock.instant()));
        accounts.ensureGroup(Groups.vendorDevelopers(vendor.getId()), "Developers of " + vendor.getName(), "VENDOR");
        return vendor;
    }

    public void addDeveloper(UUID vendorId, NewUser developer) {
        vendor(vendorId);
        accounts.create(developer, List.of(Groups.vendorDevelopers(vendorId), Groups.DEVELOPERS));
    }

    public Organization createOrganization(String name, List<NewEnvironment> environments) {
        Problems problems = new Problems().requireText("name", name, 200);
        if (environments == null || environments.isEmpty()) {
            problems.add("environments", "at least one environment is required");
        } else {
            checkEnvironments(environments, problems);
        }
        problems.throwIfAny();
        if (organizations.findByName(name.trim()).isPresent()) {
            throw new ConflictException("An organisation named '" + name.trim() + "' already exists.");
        }
        Organization organization = new Organization(name.trim(), clock.instant());
        environments.forEach(e -> organization.addEnvironment(e.code(), EnvironmentKind.valueOf(e.kind()),
                Texts.blankToNull(e.registryUrl())));
        organizations.save(organization);
        accounts.ensureGroup(Groups.organizationMembers(organization.getId()),
                "Members of " + organization.getName(), "ORGANIZATION");
        accounts.ensureGroup(Groups.organizationPurchasers(organization.getId()),
                "Purchasers of " + organization.getName(), "ORGANIZATION");
        accounts.ensureGroup(Groups.organizationSecurityAdministrators(organization.getId()),
                "Security administrators of " + organization.getName(), "ORGANIZATION");
        return organization;
    }

    /** A member may read the organisation's Downloads page; with the purchase right they may also sign and request. */
    public void addMember(UUID organizationId, NewUser member, boolean canPurchaseApps) {
        organization(organizationId);
        List<String> groups = canPurchaseApps
                ? List.of(Groups.organizationMembers(organizationId), Groups.MEMBERS,
                        Groups.organizationPurchasers(organizationId), Groups.PURCHASERS)
                : List.of(Groups.organizationMembers(organizationId), Groups.MEMBERS);
        accounts.create(member, groups);
    }

    @Transactional(readOnly = true)
    public Optional<Vendor> vendorNamed(String name) {
        return vendors.findByName(name.trim());
    }

    @Transactional(readOnly = true)
    public Vendor vendor(UUID vendorId) {
        return vendors.findById(vendorId).orElseThrow(() -> new NotFoundException("vendor not found"));
    }

    @Transactional(readOnly = true)
    public Organization organization(UUID organizationId) {
        return organizations.findById(organizationId)
                .orElseThrow(() -> new NotFoundException("organisation not found"));
    }

    /**
     * Locks the organisation until the caller's transaction ends, so that two requests of it for
     * the same app cannot both find none and both create one: the second waits, then finds the first.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lockForRequests(UUID organizationId) {
        organizations.lockById(organizationId).orElseThrow(() -> new NotFoundException("organisation not found"));
    }

    @Transactional(readOnly = true)
    public List<Vendor> vendors() {
        return vendors.findAll();
    }

    @Transactional(readOnly = true)
    public List<Organization> organizations() {
        return organizations.findAll();
    }

    private static void checkEnvironments(List<NewEnvironment> environments, Problems problems) {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < environments.size(); i++) {
            NewEnvironment e = environments.get(i);
            String at = "environments[" + i + "]";
            if (e.code() == null || !ENVIRONMENT_CODE.matcher(e.code()).matches()) {
                problems.add(at + ".code", "must be 1 to 20 letters, digits, '-' or '_'");
            } else if (!codes.add(e.code().toUpperCase())) {
                problems.add(at + ".code", "is used twice in this organisation");
            }
            if (e.kind() == null || !Set.of("PRODUCTION", "NON_PRODUCTION").contains(e.kind())) {
                problems.add(at + ".kind", "must be PRODUCTION or NON_PRODUCTION");
            }
            String url = e.registryUrl();
            if (url != null && !url.isBlank() && !isHttpUrl(url)) {
                problems.add(at + ".registryUrl", "must be an absolute http or https URL");
            }
        }
    }

    private static boolean isHttpUrl(String value) {
        try {
            URI uri = new URI(value);
            return uri.isAbsolute() && uri.getHost() != null
                    && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()));
        } catch (Exception e) {
            return false;
        }
    }
}
