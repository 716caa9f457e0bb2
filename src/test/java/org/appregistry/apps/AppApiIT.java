package org.appregistry.apps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.appregistry.support.HttpApi.Reply;
import org.appregistry.support.IntegrationTest;
import org.appregistry.support.TestListings;
import org.appregistry.support.TestWorld.TestVendor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;

/** /api/apps over real HTTP: from create to ACTIVE, bad input, and other vendors kept out. */
class AppApiIT extends IntegrationTest {

    @Autowired
    AppRepository apps;

    TestVendor vendor;

    @BeforeEach
    void vendor() {
        vendor = world.vendor();
    }

    @Test
    void createsAnAppAndMarksItReadyForProduction() {
        Reply created = as(vendor.developer()).post("/api/apps", TestListings.complete());

        assertThat(created.status()).isEqualTo(201);
        JsonNode app = created.json();
        assertThat(app.path("status").asText()).isEqualTo("IN_DEVELOPMENT");
        assertThat(app.path("productionClientId").asText()).isNotBlank()
                .isNotEqualTo(app.path("nonProductionClientId").asText());
        assertThat(app.path("nonProductionClientId").asText()).as("a UUID")
                .matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(app.path("autoSync").path("eligible").asBoolean()).isTrue();
        assertThat(app.path("findings").findValuesAsText("field")).containsExactly("termsAccepted");

        String id = app.path("id").asText();
        Reply ready = as(vendor.developer()).post("/api/apps/" + id + "/ready", Map.of("termsAccepted", true));

        assertThat(ready.status()).as(ready.text()).isEqualTo(200);
        assertThat(ready.json().path("status").asText()).isEqualTo("ACTIVE");
        assertThat(ready.json().path("findings")).isEmpty();
        assertThat(ready.json().path("activatedAt").isNull()).isFalse();
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(id).count())
                .isZero();
        assertThat(as(vendor.developer()).get("/api/apps").json().findValuesAsText("id")).containsExactly(id);
    }

    @Test
    void readinessErrorsAnswer422WithTheFindingsAndChangeNothing() {
        String id = as(vendor.developer()).post("/api/apps", TestListings.minimal()).json().path("id").asText();

        Reply ready = as(vendor.developer()).post("/api/apps/" + id + "/ready", Map.of("termsAccepted", true));

        assertThat(ready.status()).isEqualTo(422);
        assertThat(ready.errorFields()).contains("description", "incomingApis", "redirectUris", "audience");
        assertThat(as(vendor.developer()).get("/api/apps/" + id).json().path("status").asText())
                .isEqualTo("IN_DEVELOPMENT");
        assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(id).count()).isOne();
    }

    @Test
    void termsMustBeAccepted() {
        String id = as(vendor.developer()).post("/api/apps", TestListings.complete()).json().path("id").asText();

        Reply ready = as(vendor.developer()).post("/api/apps/" + id + "/ready", Map.of("termsAccepted", false));

        assertThat(ready.status()).isEqualTo(422);
        assertThat(ready.errorFields()).containsExactly("termsAccepted");
    }

    static Stream<Arguments> invalidListings() {
        return Stream.of(
                Arguments.of("name", TestListings.completeWith("name", "EpicCare Companion")),
                Arguments.of("name", TestListings.completeWith("name", "x".repeat(101))),
                Arguments.of("name", TestListings.completeWith("name", "")),
                Arguments.of("publicDocumentationUrl", TestListings.completeWith("publicDocumentationUrl", "http://a.b")),
                Arguments.of("summary", TestListings.completeWith("summary", "s".repeat(501))),
                Arguments.of("description", TestListings.completeWith("description", "d".repeat(1999))),
                Arguments.of("audience", TestListings.completeWith("audience", "EVERYONE")),
                Arguments.of("incomingApis[0]", TestListings.completeWith("incomingApis", List.of("Nope.Read"))),
                Arguments.of("redirectUris[0]", TestListings.completeWith("redirectUris", List.of("https://a.b/#x"))),
                Arguments.of("incomingApis[1]", TestListings.completeWith("incomingApis",
                        Arrays.asList("Patient.Read (R4)", null))),
                Arguments.of("redirectUris[0]", TestListings.completeWith("redirectUris", Arrays.asList((String) null))),
                Arguments.of("usesRefreshTokens", TestListings.completeWith("usesRefreshTokens", "perhaps")));
    }

    @ParameterizedTest
    @MethodSource("invalidListings")
    void invalidInputNamesTheFieldAndLeavesNoAppAndNoProcess(String field, Map<String, Object> listing) {
        long instancesBefore = appRegistrations();

        Reply reply = as(vendor.developer()).post("/api/apps", listing);

        assertThat(reply.status()).as(reply.text()).isEqualTo(422);
        assertThat(reply.headers().getContentType()).hasToString("application/problem+json");
        assertThat(reply.errorFields()).contains(field);
        assertThat(apps.findByVendorIdOrderByCreatedAt(vendor.id())).isEmpty();
        assertThat(appRegistrations()).isEqualTo(instancesBefore);
    }

    @Test
    void aChangeBreakingARuleIsRefusedAndChangesNothing() {
        String id = as(vendor.developer()).post("/api/apps", TestListings.complete()).json().path("id").asText();

        Reply reply = as(vendor.developer()).patch("/api/apps/" + id,
                Map.of("summary", "Fine now", "name", "MyEpic"));

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.errorFields()).containsExactly("name");
        assertThat(as(vendor.developer()).get("/api/apps/" + id).json().path("summary").asText())
                .startsWith("Keeps a diary");
    }

    @Test
    void anActiveAppCannotChange() {
        String id = activeApp();

        Reply patch = as(vendor.developer()).patch("/api/apps/" + id, Map.of("summary", "New"));
        Reply ready = as(vendor.developer()).post("/api/apps/" + id + "/ready", Map.of("termsAccepted", true));
        Reply thumbnail = as(vendor.developer()).upload(HttpMethod.PUT,
                "/api/apps/" + id + "/thumbnail", TestImages.png(500, 300), parts -> { });

        for (Reply reply : List.of(patch, ready, thumbnail)) {
            assertThat(reply.status()).as(reply.text()).isEqualTo(409);
            assertThat(reply.json().path("detail").asText()).contains("register a new app");
        }
    }

    @Test
    void engineRestRefusesABrokenListingLikeTheApi() {
        Map<String, Object> variables = Map.of(
                "name", Map.of("value", "MyEpic Companion", "type", "String"),
                "publicDocumentationUrl", Map.of("value", "https://companion.example.com", "type", "String"),
                "summary", Map.of("value", "A companion.", "type", "String"));

        Reply reply = as(vendor.developer()).post("/engine-rest/process-definition/key/appRegistration/start",
                Map.of("variables", variables));

        assertThat(reply.status()).as(reply.text()).isEqualTo(422);
        assertThat(reply.errorFields()).containsExactly("name");
        assertThat(apps.findByVendorIdOrderByCreatedAt(vendor.id())).isEmpty();
    }

    @Test
    void signingInIsRequired() {
        assertThat(anonymous().get("/api/apps").status()).isEqualTo(401);
        assertThat(anonymous().post("/api/apps", TestListings.complete()).status()).isEqualTo(401);
        assertThat(anonymous().get("/engine-rest/task").status()).isEqualTo(401);
        assertThat(anonymous().get("/api/catalog/apis").status()).isEqualTo(401);
        assertThat(withPassword(vendor.developer(), "wrong-password").get("/api/apps").status()).isEqualTo(401);
        assertThat(anonymous().get("/actuator/health").status()).isEqualTo(200);
    }

    @Test
    void anotherVendorsDeveloperCannotReadChangeOrMarkReadyNorSeeTheTask() {
        String id = as(vendor.developer()).post("/api/apps", TestListings.complete()).json().path("id").asText();
        String stranger = world.vendor().developer();

        assertThat(as(stranger).get("/api/apps/" + id).status()).isEqualTo(404);
        assertThat(as(stranger).patch("/api/apps/" + id, Map.of("summary", "Mine now")).status()).isEqualTo(404);
        assertThat(as(stranger).post("/api/apps/" + id + "/ready", Map.of("termsAccepted", true)).status())
                .isEqualTo(404);
        assertThat(as(stranger).get("/api/apps").json()).isEmpty();

        String taskId = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(id).singleResult().getId();
        assertThat(as(vendor.developer()).get("/engine-rest/task").json().findValuesAsText("id")).contains(taskId);
        assertThat(as(stranger).get("/engine-rest/task").json().findValuesAsText("id")).doesNotContain(taskId);
        assertThat(as(stranger).get("/engine-rest/task/" + taskId).status()).isIn(403, 404);
        assertThat(as(stranger).post("/engine-rest/task/" + taskId + "/complete", Map.of()).status())
                .as("the engine: not a candidate").isEqualTo(403);
        assertThat(as(stranger).get("/engine-rest/process-instance").status()).as("operators only").isEqualTo(403);
        assertThat(as(stranger).get("/engine-rest/history/process-instance").status()).isEqualTo(403);
        assertThat(as(vendor.developer()).get("/api/apps/" + id).json().path("status").asText())
                .isEqualTo("IN_DEVELOPMENT");
    }

    @Test
    void aDeveloperSignedInToTheEngineGetsTheFindingsBackInTheFinalizeTask() {
        Map<String, Object> listing = TestListings.complete();
        listing.remove("description");
        String id = as(vendor.developer()).post("/api/apps", listing).json().path("id").asText();
        String taskId = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(id).singleResult().getId();
        var dev = as(vendor.developer());

        // what Tasklist does: claim, then submit-form as the signed-in developer
        assertThat(dev.post("/engine-rest/task/" + taskId + "/claim", Map.of("userId", vendor.developer())).status())
                .isEqualTo(204);
        Reply submitted = dev.post("/engine-rest/task/" + taskId + "/submit-form",
                Map.of("variables", Map.of("termsAccepted", Map.of("value", true))));

        assertThat(submitted.status()).as(submitted.text()).isEqualTo(204);
        JsonNode tasks = dev.get("/engine-rest/task?processInstanceBusinessKey=" + id).json();
        assertThat(tasks).hasSize(1);
        JsonNode form = dev.get("/engine-rest/task/" + tasks.get(0).path("id").asText() + "/form-variables").json();
        assertThat(form.path("readinessFindings").path("value").asText()).contains("Description: is required");
        assertThat(form.path("name").path("value").asText()).isEqualTo(listing.get("name"));
    }

    @Test
    void onlyDevelopersCreateApps() {
        var organization = world.organization();

        assertThat(as(organization.purchaser()).post("/api/apps", TestListings.complete()).status()).isEqualTo(403);
        assertThat(asOperator().post("/api/apps", TestListings.complete()).status()).isEqualTo(403);
    }

    @Test
    void thumbnailAndScreenshotsAreReadFromTheirBytes() {
        String id = as(vendor.developer()).post("/api/apps", TestListings.complete()).json().path("id").asText();
        String path = "/api/apps/" + id;
        var dev = as(vendor.developer());

        Reply thumbnail = dev.upload(HttpMethod.PUT, path + "/thumbnail",
                TestImages.jpeg(400, 300), parts -> { });
        assertThat(thumbnail.status()).as(thumbnail.text()).isEqualTo(200);
        assertThat(thumbnail.json().path("thumbnail").path("width").asInt()).isEqualTo(400);
        assertThat(thumbnail.json().path("thumbnail").path("mediaType").asText()).isEqualTo("image/jpeg");
        assertThat(thumbnail.json().path("findings").findValuesAsText("field")).contains("thumbnail");
        assertThat(dev.get(thumbnail.json().path("thumbnail").path("url").asText()).status()).isEqualTo(200);

        Reply notAnImage = dev.upload(HttpMethod.PUT, path + "/thumbnail",
                "GIF89a not really".getBytes(), parts -> { });
        assertThat(notAnImage.status()).isEqualTo(422);
        assertThat(notAnImage.errorFields()).containsExactly("file");

        Reply tooShort = dev.upload(HttpMethod.POST, path + "/screenshots",
                TestImages.png(1920, 1000), parts -> { });
        assertThat(tooShort.status()).isEqualTo(422);
        assertThat(tooShort.errorFields()).containsExactly("file");

        for (int i = 0; i < 10; i++) {
            int width = i == 0 ? 1280 : 1920;
            Reply shot = dev.upload(HttpMethod.POST, path + "/screenshots",
                    TestImages.png(width, 1080), parts -> parts.add("caption", "Screen " + width));
            assertThat(shot.status()).as(shot.text()).isEqualTo(201);
        }
        Reply eleventh = dev.upload(HttpMethod.POST, path + "/screenshots",
                TestImages.png(1920, 1080), parts -> { });
        assertThat(eleventh.status()).isEqualTo(422);
        assertThat(eleventh.errorFields()).containsExactly("screenshots");

        JsonNode app = dev.get(path).json();
        assertThat(app.path("screenshots")).hasSize(10);
        assertThat(app.path("screenshots").get(0).path("caption").asText()).isEqualTo("Screen 1280");
        assertThat(app.path("findings").findValuesAsText("field")).contains("screenshots[0]")
                .doesNotContain("screenshots[1]");
    }

    @Test
    void theCatalogueIsReadableBySignedInUsers() {
        JsonNode apis = as(vendor.developer()).get("/api/catalog/apis").json();

        assertThat(apis.size()).isGreaterThan(50);
        assertThat(apis.get(0).has("fhirVersion")).isTrue();
        assertThat(apis.findValuesAsText("name")).contains("Patient.Read (R4)", "Observation.Create (Vitals) (R4)");
    }

    private String activeApp() {
        String id = as(vendor.developer()).post("/api/apps", TestListings.complete()).json().path("id").asText();
        assertThat(as(vendor.developer()).post("/api/apps/" + id + "/ready", Map.of("termsAccepted", true)).status())
                .isEqualTo(200);
        return id;
    }

    private long appRegistrations() {
        return engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("appRegistration")
                .count();
    }
}
