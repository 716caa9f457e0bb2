package org.appregistry.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The forms offer exactly the APIs of the catalogue, so Tasklist cannot pick one that /api refuses,
 * each labelled with its group (read-only USCDI, other reads, writes), by which the list can be searched.
 */
class CatalogFormsTest {

    @ParameterizedTest
    @ValueSource(strings = {"forms/create-an-app.form", "forms/finalize-app.form"})
    void theApiChecklistIsTheCatalogue(String form) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> offered = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (JsonNode component : json.readTree(Files.readString(Path.of(form))).path("components")) {
            if ("incomingApis".equals(component.path("key").asText())) {
                component.path("values").forEach(v -> offered.add(v.path("value").asText()));
                component.path("values").forEach(v -> labels.add(v.path("label").asText()));
            }
        }

        List<CatalogApi> catalogue = new ApiCatalog(json).all();
        assertThat(offered).containsExactlyElementsOf(catalogue.stream().map(CatalogApi::name).toList());
        assertThat(labels).containsExactlyElementsOf(catalogue.stream().map(api -> api.name() + " — "
                + (api.isReadOnlyUscdi() ? "read-only USCDI" : api.readOnly() ? "read-only" : "writes data")).toList());
    }
}
