package org.appregistry.catalog;

import java.util.List;

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

    @GetMapping("/api/catalog/apis")
    public List<CatalogEntry> apis() {
        return catalog.all().stream()
                .map(api -> new CatalogEntry(api.name(), api.fhirVersion(), api.readOnly(), api.uscdi(), api.scope()))
                .toList();
    }
}
