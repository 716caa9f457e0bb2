package org.appregistry.organizations;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import org.appregistry.identity.AccessPolicy;
import org.appregistry.identity.UserAccounts.NewUser;
import org.appregistry.organizations.OrganizationService.NewEnvironment;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Operator: organisations with their environments. Members may read their own. Their people: the
 * organisation's security administrators (named by operators) add and remove members and grant or
 * withdraw the purchase right; operators may too.
 */
@RestController
@RequestMapping("/api/organizations")
public class OrganizationController {

    private final OrganizationService service;
    private final People people;
    private final AccessPolicy access;

    public OrganizationController(OrganizationService service, People people, AccessPolicy access) {
        this.service = service;
        this.people = people;
        this.access = access;
    }

    public record NewOrganizationRequest(String name, List<NewEnvironment> environments) {
    }

    public record NewMemberRequest(String userId, String password, String firstName, String lastName, String email,
            boolean canPurchaseApps) {
    }

    public record UserRef(String userId) {
    }

    public record EnvironmentView(String code, EnvironmentKind kind, String registryUrl) {
    }

    public record OrganizationView(UUID id, String name, List<EnvironmentView> environments) {
        static OrganizationView of(Organization organization) {
            return new OrganizationView(organization.getId(), organization.getName(),
                    organization.getEnvironments().stream()
                            .map(e -> new EnvironmentView(e.getCode(), e.getKind(), e.getRegistryUrl().orElse(null)))
                            .toList());
        }
    }

    @Operation(summary = "Create an organisation",
            description = "Operators only: the organisation with its environments (code, kind, optional registry URL).")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public Map<String, UUID> create(@RequestBody NewOrganizationRequest request) {
        access.requireOperator();
        return Map.of("id", service.createOrganization(request.name(), request.environments()).getId());
    }

    @Operation(summary = "Every organisation",
            description = "Operators only.")
    @GetMapping
    public List<OrganizationView> list() {
        access.requireOperator();
        return service.organizations().stream().map(OrganizationView::of).toList();
    }

    @Operation(summary = "One organisation",
            description = "Operators and the organisation's members.")
    @GetMapping("/{organizationId}")
    public OrganizationView get(@PathVariable UUID organizationId) {
        access.requireMemberOf(organizationId);
        return OrganizationView.of(service.organization(organizationId));
    }

    @Operation(summary = "An organisation's members",
            description = "Operators and the organisation's security administrators: each member with whether they "
                    + "may purchase apps and whether they are a security administrator.")
    @GetMapping("/{organizationId}/members")
    public List<People.Member> members(@PathVariable UUID organizationId) {
        access.requireSecurityAdministratorOf(organizationId);
        return people.members(organizationId);
    }

    @Operation(summary = "Add a member to an organisation",
            description = "Operators and the organisation's security administrators: a new account among its "
                    + "members; canPurchaseApps gives it the \"Able to Purchase Apps\" security point. Password: 12 "
                    + "to 128 characters, not containing the user id, not one character repeated.")
    @PostMapping("/{organizationId}/members")
    @ResponseStatus(HttpStatus.CREATED)
    public Map<String, String> addMember(@PathVariable UUID organizationId, @RequestBody NewMemberRequest request) {
        access.requireSecurityAdministratorOf(organizationId);
        people.addMember(organizationId, new NewUser(request.userId(),
                request.password(), request.firstName(), request.lastName(), request.email()),
                request.canPurchaseApps());
        return Map.of("userId", request.userId());
    }

    @Operation(summary = "Remove a member from an organisation",
            description = "Operators and the organisation's security administrators: the account is deleted; its "
                    + "next request, in /api or Tasklist, is refused. 409 for the last security administrator.")
    @DeleteMapping("/{organizationId}/members/{userId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void removeMember(@PathVariable UUID organizationId, @PathVariable String userId) {
        access.requireSecurityAdministratorOf(organizationId);
        people.removeMember(organizationId, userId);
    }

    @Operation(summary = "Grant \"Able to Purchase Apps\"",
            description = "Operators and the organisation's security administrators: the member may sign the "
                    + "agreement, request downloads and record kickoff calls from their next request on.")
    @PutMapping("/{organizationId}/members/{userId}/purchase-right")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void grantPurchase(@PathVariable UUID organizationId, @PathVariable String userId) {
        access.requireSecurityAdministratorOf(organizationId);
        people.grantPurchase(organizationId, userId);
    }

    @Operation(summary = "Withdraw \"Able to Purchase Apps\"",
            description = "Operators and the organisation's security administrators: from the member's next request "
                    + "on, /api refuses them a purchaser's calls and Tasklist no longer shows them the purchasers' "
                    + "tasks.")
    @DeleteMapping("/{organizationId}/members/{userId}/purchase-right")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void withdrawPurchase(@PathVariable UUID organizationId, @PathVariable String userId) {
        access.requireSecurityAdministratorOf(organizationId);
        people.withdrawPurchase(organizationId, userId);
    }

    @Operation(summary = "Name a security administrator",
            description = "Operators only: a member of the organisation becomes one of its security administrators, "
                    + "who manage its members and their purchase right (the source document's \"contact your "
                    + "organization's security administrator\").")
    @PostMapping("/{organizationId}/security-administrators")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void nameSecurityAdministrator(@PathVariable UUID organizationId, @RequestBody UserRef member) {
        access.requireOperator();
        people.nameSecurityAdministrator(organizationId, member.userId());
    }

    @Operation(summary = "Withdraw a security administrator",
            description = "Operators only: the member stays, without the security administrator's rights.")
    @DeleteMapping("/{organizationId}/security-administrators/{userId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void withdrawSecurityAdministrator(@PathVariable UUID organizationId, @PathVariable String userId) {
        access.requireOperator();
        people.withdrawSecurityAdministrator(organizationId, userId);
    }
}
