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

/** The forms offer exactly the APIs of the catalogue, so Tasklist cannot pick one that /api refuses. */
class CatalogFormsTest {

    @ParameterizedTest
    @ValueSource(strings = {"forms/create-an-app.form", "forms/finalize-app.form"})
    void theApiChecklistIsTheCatalogue(String form) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> offered = new ArrayList<>();
        for (JsonNode component : json.readTree(Files.readString(Path.of(form))).path("components")) {
            if ("incomingApis".equals(component.path("key").asText())) {
                component.path("values").forEach(v -> offered.add(v.path("value").asText()));
            }
        }

        assertThat(offered).containsExactlyElementsOf(new ApiCatalog(json).all().stream().map(CatalogApi::name).toList());
    }
}
