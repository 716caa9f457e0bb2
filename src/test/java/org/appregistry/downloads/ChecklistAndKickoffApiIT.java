package org.appregistry.downloads;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.appregistry.support.HttpApi.Reply;
import org.appregistry.support.IntegrationTest;
import org.appregistry.support.TestListings;
import org.appregistry.support.TestWorld.TestOrganization;
import org.appregistry.support.TestWorld.TestVendor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Before a download, over real HTTP: the pre-request checklist through /api, Tasklist's start
 * form and /engine-rest. Jobs are driven by the test.
 */
class ChecklistAndKickoffApiIT extends IntegrationTest {

    TestVendor vendor;
    TestOrganization organization;

    @BeforeEach
    void world() {
        vendor = world.vendor();
        organization = world.organization();
    }

    @Test
    void theChecklistIsRecordedWithTheRequestAndWarnsOfWhatWasNotAcknowledged() {
        sign();
        Reply acknowledged = request(Map.of("workedWithTechnicalCoordinator", true,
                "productsAndInterfacesInPlace", true, "costsEvaluated", true));
        Reply silent = request(Map.of());

        assertThat(acknowledged.status()).as(acknowledged.text()).isEqualTo(202);
        assertThat(acknowledged.json().path("warnings")).isEmpty();
        assertThat(checklistOf(acknowledged.json())).containsExactly(true, true, true);
        assertThat(silent.status()).as("a warning, not a refusal").isEqualTo(202);
        assertThat(checklistOf(silent.json())).containsExactly(false, false, false);
        assertThat(silent.json().path("warnings")).hasSize(3);
        assertThat(silent.json().path("warnings").get(2).asText()).contains("costs");

        JsonNode page = as(organization.member()).get(downloads() + "/" + silent.json().path("requestId").asText())
                .json();
        assertThat(page.path("warnings")).isEqualTo(silent.json().path("warnings"));
        executeDueJobs();
        assertThat(as(organization.member()).get(downloads()).json().findValuesAsText("status"))
                .as("both go on as before").containsExactly("SYNCED", "SYNCED");
    }

    @Test
    void tasklistsStartFormAndEngineRestCarryTheChecklistToo() {
        JsonNode app = activeApp(vendor.developer(), TestListings.complete());
        JsonNode other = activeApp(vendor.developer(), TestListings.complete());
        String engineRest = "/engine-rest/process-definition/key/downloadRequest/";

        Reply tasklist = as(organization.purchaser()).post(engineRest + "submit-form", Map.of("variables", Map.of(
                "clientId", Map.of("value", app.path("productionClientId").asText()),
                "workedWithTechnicalCoordinator", Map.of("value", true),
                "productsAndInterfacesInPlace", Map.of("value", false),
                "costsEvaluated", Map.of("value", true))));
        Reply started = as(organization.purchaser()).post(engineRest + "start", Map.of("variables", Map.of(
                "clientId", Map.of("value", other.path("productionClientId").asText()),
                "costsEvaluated", Map.of("value", true, "type", "Boolean"))));

        assertThat(tasklist.status()).as(tasklist.text()).isEqualTo(200);
        assertThat(started.status()).as(started.text()).isEqualTo(200);
        JsonNode viaTasklist = view(tasklist.json().path("businessKey").asText());
        assertThat(checklistOf(viaTasklist)).containsExactly(true, false, true);
        assertThat(viaTasklist.path("warnings")).singleElement().asString().contains("products and interfaces");
        JsonNode viaEngineRest = view(started.json().path("businessKey").asText());
        assertThat(checklistOf(viaEngineRest)).containsExactly(false, false, true);
        assertThat(viaEngineRest.path("warnings")).hasSize(2);
    }

    private Reply request(Map<String, Object> checklist) {
        JsonNode app = activeApp(vendor.developer(), TestListings.complete());
        Map<String, Object> body = new HashMap<>(checklist);
        body.put("clientId", app.path("productionClientId").asText());
        return as(organization.purchaser()).post(downloads(), body);
    }

    private void sign() {
        assertThat(as(organization.purchaser()).post("/api/organizations/" + organization.id() + "/agreement",
                Map.of("accept", true, "signerName", "Pat Purchaser", "signerTitle", "CIO")).status()).isEqualTo(200);
    }

    private JsonNode view(String requestId) {
        return as(organization.member()).get(downloads() + "/" + requestId).json();
    }

    private static List<Boolean> checklistOf(JsonNode request) {
        return List.of(request.path("workedWithTechnicalCoordinator").asBoolean(),
                request.path("productsAndInterfacesInPlace").asBoolean(), request.path("costsEvaluated").asBoolean());
    }

    private String downloads() {
        return "/api/organizations/" + organization.id() + "/downloads";
    }
}
