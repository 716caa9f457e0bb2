package org.appregistry.organizations;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import org.appregistry.identity.AccessPolicy;
import org.appregistry.identity.UserAccounts.NewUser;
import org.appregistry.identity.UserAccounts.Person;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Operator: vendors. Their developers: by operators and by the vendor's own developers. */
@RestController
@RequestMapping("/api/vendors")
public class VendorController {

    private final OrganizationService service;
    private final People people;
    private final AccessPolicy access;

    public VendorController(OrganizationService service, People people, AccessPolicy access) {
        this.service = service;
        this.people = people;
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

    @Operation(summary = "A vendor's developers",
            description = "Operators and the vendor's developers: user id, name and e-mail of each.")
    @GetMapping("/{vendorId}/developers")
    public List<Person> developers(@PathVariable UUID vendorId) {
        access.requireDeveloperOrOperatorOf(vendorId);
        return people.developers(vendorId);
    }

    @Operation(summary = "Add a developer to a vendor",
            description = "Operators and the vendor's developers add a colleague: a new account in the vendor's "
                    + "group, able to sign in to Tasklist and /api at once. User id: 2 to 64 letters, digits, '.', "
                    + "'-', '_' or '@'; password: 12 to 128 characters, not containing the user id, not one "
                    + "character repeated; 409 when the user id is taken.")
    @PostMapping("/{vendorId}/developers")
    @ResponseStatus(HttpStatus.CREATED)
    public Map<String, String> addDeveloper(@PathVariable UUID vendorId, @RequestBody NewUser developer) {
        access.requireDeveloperOrOperatorOf(vendorId);
        people.addDeveloper(vendorId, developer);
        return Map.of("userId", developer.userId());
    }

    @Operation(summary = "Remove a developer from a vendor",
            description = "Operators and the vendor's developers (themselves included): the account is deleted; its "
                    + "next request, in /api or Tasklist, is refused. 409 for the vendor's last developer; 404 for "
                    + "someone who is not the vendor's developer.")
    @DeleteMapping("/{vendorId}/developers/{userId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void removeDeveloper(@PathVariable UUID vendorId, @PathVariable String userId) {
        access.requireDeveloperOrOperatorOf(vendorId);
        people.removeDeveloper(vendorId, userId);
    }
}
