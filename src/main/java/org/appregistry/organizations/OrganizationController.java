package org.appregistry.organizations;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import org.appregistry.identity.AccessPolicy;
import org.appregistry.identity.UserAccounts.NewUser;
import org.appregistry.organizations.OrganizationService.NewEnvironment;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Operator: organisations with their environments, and their members. Members may read their own. */
@RestController
@RequestMapping("/api/organizations")
public class OrganizationController {

    private final OrganizationService service;
    private final AccessPolicy access;

    public OrganizationController(OrganizationService service, AccessPolicy access) {
        this.service = service;
        this.access = access;
    }

    public record NewOrganizationRequest(String name, List<NewEnvironment> environments) {
    }

    public record NewMemberRequest(String userId, String password, String firstName, String lastName, String email,
            boolean canPurchaseApps) {
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

    @Operation(summary = "Add a member to an organisation",
            description = "Operators only; canPurchaseApps makes the member a purchaser (the \"Able to Purchase Apps\" "
                    + "security point).")
    @PostMapping("/{organizationId}/members")
    @ResponseStatus(HttpStatus.CREATED)
    public Map<String, String> addMember(@PathVariable UUID organizationId, @RequestBody NewMemberRequest request) {
        access.requireOperator();
        service.addMember(organizationId, new NewUser(request.userId(),
                request.password(), request.firstName(), request.lastName(), request.email()),
                request.canPurchaseApps());
        return Map.of("userId", request.userId());
    }
}
