package org.appregistry.catalog;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The API catalogue, for anyone signed in. */
@RestController
public class CatalogController {

    private final ApiCatalog catalog;

    public CatalogController(ApiCatalog catalog) {
        this.catalog = catalog;
    }

    public record CatalogEntry(String name, String fhirVersion, boolean readOnly, boolean uscdi, String scope) {
    }

    @Operation(summary = "The API catalogue",
            description = "Every FHIR API an app may use: its name (what an app lists in incomingApis), FHIR version, "
                    + "whether it only reads, and whether it is a USCDI API. Read-only USCDI APIs are what an auto-"
                    + "sync app may use.")
    @GetMapping("/api/catalog/apis")
    public List<CatalogEntry> apis() {
        return catalog.all().stream()
                .map(api -> new CatalogEntry(api.name(), api.fhirVersion(), api.readOnly(), api.uscdi(), api.scope()))
                .toList();
    }
}
