package org.appregistry.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.appregistry.support.HttpApi.Reply;
import org.appregistry.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI description documents itself: every operation has a summary, a description and the
 * refusals it can answer, the API names its licence and contact, and the main bodies have
 * examples. The description is left in target/openapi.json for a standard linter
 * (tools/lint-openapi.sh, Redocly's recommended rules).
 */
class OpenApiIT extends IntegrationTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    @Test
    void everyOperationSaysWhatItDoesAndHowItRefuses() throws IOException {
        Reply reply = asOperator().get("/v3/api-docs");
        assertThat(reply.status()).isEqualTo(200);
        JsonNode api = reply.json();
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "openapi.json"), reply.text());

        assertThat(api.path("info").path("license").path("name").asText()).isNotBlank();
        assertThat(api.path("info").path("contact").isObject()).isTrue();
        List<String> undocumented = new ArrayList<>();
        int operations = 0;
        for (Map.Entry<String, JsonNode> path : api.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                if (!METHODS.contains(operation.getKey())) {
                    continue;
                }
                operations++;
                JsonNode it = operation.getValue();
                String name = operation.getKey().toUpperCase() + " " + path.getKey();
                if (it.path("summary").asText().isBlank() || it.path("description").asText().isBlank()) {
                    undocumented.add(name + ": no summary or description");
                }
                boolean refusals = false;
                for (var status : (Iterable<String>) it.path("responses")::fieldNames) {
                    refusals |= status.startsWith("4");
                }
                if (!refusals) {
                    undocumented.add(name + ": no 4xx response");
                }
            }
        }
        assertThat(operations).isGreaterThan(40);
        assertThat(undocumented).isEmpty();
        JsonNode create = api.path("paths").path("/api/apps").path("post").path("requestBody").path("content")
                .path("application/json").path("examples").path("example").path("value");
        assertThat(create.path("name").asText()).isEqualTo("Pulse Diary");
        JsonNode download = api.path("paths").path("/api/organizations/{organizationId}/downloads").path("post")
                .path("responses").path("422").path("content").path("application/problem+json");
        assertThat(download.isMissingNode()).as("a download request declares its 422").isFalse();
    }
}
