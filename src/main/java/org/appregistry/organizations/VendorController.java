package org.appregistry.organizations;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import org.appregistry.identity.AccessPolicy;
import org.appregistry.identity.UserAccounts.NewUser;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Operator: vendors and their developers. */
@RestController
@RequestMapping("/api/vendors")
public class VendorController {

    private final OrganizationService service;
    private final AccessPolicy access;

    public VendorController(OrganizationService service, AccessPolicy access) {
        this.service = service;
        this.access = access;
    }

    public record NewVendorRequest(String name) {
    }

    public record VendorView(UUID id, String name) {
        static VendorView of(Vendor vendor) {
            return new VendorView(vendor.getId(), vendor.getName());
        }
    }

    @Operation(summary = "Create a vendor",
            description = "Operators only.")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public Map<String, UUID> create(@RequestBody NewVendorRequest request) {
        access.requireOperator();
        return Map.of("id", service.createVendor(request.name()).getId());
    }

    @Operation(summary = "Every vendor",
            description = "Operators only.")
    @GetMapping
    public List<VendorView> list() {
        access.requireOperator();
        return service.vendors().stream().map(VendorView::of).toList();
    }

    @Operation(summary = "Add a developer to a vendor",
            description = "Operators only: a user of Camunda's identity service in the vendor's group; the password "
                    + "needs at least 8 characters.")
    @PostMapping("/{vendorId}/developers")
    @ResponseStatus(HttpStatus.CREATED)
    public Map<String, String> addDeveloper(@PathVariable UUID vendorId, @RequestBody NewUser developer) {
        access.requireOperator();
        service.addDeveloper(vendorId, developer);
        return Map.of("userId", developer.userId());
    }
}
