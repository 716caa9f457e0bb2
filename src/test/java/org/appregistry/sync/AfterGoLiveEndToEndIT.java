package org.appregistry.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.appregistry.support.EndToEndTest;
import org.appregistry.support.HttpApi.Reply;
import org.appregistry.support.TestListings;
import org.appregistry.support.TestWorld.TestOrganization;
import org.appregistry.support.TestWorld.TestVendor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * An app after go-live, over real HTTP with the job executor running: a backend app synced to an
 * organisation with generated secrets, whose token endpoint then refuses it after a removal, during
 * a suspension (and takes it back after), after a retirement; and a successor reaching the
 * organisation in one call.
 */
class AfterGoLiveEndToEndIT extends EndToEndTest {

    TestVendor vendor;
    TestOrganization hospital;
    JsonNode app;
    String requestId;
    UUID clientId;
    String secret;

    @BeforeEach
    void aBackendAppSyncedToTheHospitalWithASecret() {
        vendor = world.vendor();
        hospital = world.organization();
        signAgreement(hospital);
        app = activeApp(vendor.developer(), backendListing());
        requestId = request(hospital, app);
        awaitStatus(hospital.member(), hospital.id(), requestId, "NOT_RESPONDED");
        Reply secrets = as(vendor.developer()).post(credentials(app, requestId), Map.of("mode", "GENERATE"));
        assertThat(secrets.status()).as(secrets.text()).isEqualTo(200);
        secret = secrets.json().path("production").path("clientSecret").asText();
        clientId = UUID.fromString(app.path("productionClientId").asText());
        awaitStatus(hospital.member(), hospital.id(), requestId, "SYNCED");
        assertThat(token().status()).as("the app works before").isEqualTo(200);
    }

    @Test
    void aRemovedAppIsRefusedAtTheTokenEndpointAndCanBeRequestedAgain() {
        Reply removed = as(hospital.purchaser()).delete(downloads(hospital) + "/" + requestId);
        assertThat(removed.status()).as(removed.text()).isEqualTo(202);
        assertThat(removed.json().path("status").asText()).isIn("REMOVING", "REMOVED");

        JsonNode gone = awaitStatus(hospital.member(), hospital.id(), requestId, "REMOVED");
        assertThat(gone.path("environments").findValuesAsText("syncStatus")).containsOnly("REMOVED");
        assertThat(gone.path("removalRequestedBy").asText()).isEqualTo(hospital.purchaser());
        assertThat(gone.path("removedAt").isNull()).isFalse();
        assertInvalidClient(token(), "the client is not registered");
        assertThat(as(vendor.developer()).get("/api/notifications").json().findValuesAsText("kind"))
                .contains("REQUEST_REMOVED");
        assertThat(as(hospital.purchaser()).delete(downloads(hospital) + "/" + requestId).status())
                .as("removing again changes nothing").isEqualTo(202);

        String again = request(hospital, app);
        assertThat(again).as("a new request").isNotEqualTo(requestId);
        awaitStatus(hospital.member(), hospital.id(), again, "NOT_RESPONDED");
        assertThat(as(hospital.member()).get(downloads(hospital)).json().findValuesAsText("status"))
                .containsExactlyInAnyOrder("NOT_RESPONDED", "REMOVED");
    }

    @Test
    void aSuspendedAppIsRefusedWithinSecondsAndWorksAgainOnceRestored() {
        String appId = app.path("id").asText();
        long started = System.nanoTime();
        Reply suspended = asOperator().post("/api/apps/" + appId + "/suspension", Map.of("reason", "Data leak under "
                + "investigation"));
        assertThat(suspended.status()).as(suspended.text()).isEqualTo(200);
        assertThat(suspended.json().path("status").asText()).isEqualTo("SUSPENDED");

        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100)).until(() -> token().status() != 200);
        long millis = (System.nanoTime() - started) / 1_000_000;
        Reply refused = token();
        assertInvalidClient(refused, "suspended");
        assertThat(refused.json().path("error_description").asText()).contains("suspended");
        assertThat(millis).as("milliseconds until refused").isLessThan(10_000);

        TestOrganization clinic = world.organization();
        signAgreement(clinic);
        assertThat(as(clinic.purchaser()).post(downloads(clinic), Map.of("clientId", clientId.toString())).status())
                .as("no new downloads while suspended").isEqualTo(409);
        assertThat(as(hospital.member()).get("/api/notifications").json().findValuesAsText("kind"))
                .contains("APP_SUSPENDED");
        assertThat(as(vendor.developer()).get("/api/notifications").text()).contains("Data leak under investigation");
        JsonNode seen = as(vendor.developer()).get("/api/apps/" + appId).json();
        assertThat(seen.path("status").asText()).isEqualTo("SUSPENDED");
        assertThat(seen.path("suspensionReason").asText()).isEqualTo("Data leak under investigation");
        assertThat(seen.path("history").findValuesAsText("what")).contains("SUSPENDED");

        Reply restored = asOperator().delete("/api/apps/" + appId + "/suspension");
        assertThat(restored.status()).as(restored.text()).isEqualTo(200);
        assertThat(restored.json().path("status").asText()).isEqualTo("ACTIVE");
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100)).until(() -> token().status() == 200);
        assertThat(as(clinic.purchaser()).post(downloads(clinic), Map.of("clientId", clientId.toString())).status())
                .isEqualTo(202);
    }

    @Test
    void aRetiredAppIsRemovedEverywhereFromItsDate() {
        String appId = app.path("id").asText();
        Reply scheduled = as(vendor.developer()).post("/api/apps/" + appId + "/retirement",
                Map.of("effectiveAt", Instant.now().plusSeconds(3).toString()));
        assertThat(scheduled.status()).as(scheduled.text()).isEqualTo(200);
        assertThat(scheduled.json().path("status").asText()).as("until the date").isEqualTo("ACTIVE");
        assertThat(as(vendor.developer()).get("/api/apps/" + appId).json().path("retiresAt").isNull()).isFalse();
        assertThat(token().status()).isEqualTo(200);

        awaitStatus(hospital.member(), hospital.id(), requestId, "REMOVED");
        assertInvalidClient(token(), "retired");
        assertThat(as(vendor.developer()).get("/api/apps/" + appId).json().path("status").asText())
                .isEqualTo("RETIRED");
        TestOrganization clinic = world.organization();
        signAgreement(clinic);
        assertThat(as(clinic.purchaser()).post(downloads(clinic), Map.of("clientId", clientId.toString())).status())
                .as("a retired app cannot be downloaded").isEqualTo(409);
        assertThat(anonymous().get("/api/listings/" + appId).status()).isEqualTo(404);
    }

    @Test
    void aSuccessorReachesTheOrganisationInOneCall() {
        String appId = app.path("id").asText();
        Reply early = as(hospital.purchaser()).post(downloads(hospital) + "/" + requestId + "/successor", Map.of());
        assertThat(early.status()).as("no successor yet").isEqualTo(409);

        Reply copied = as(vendor.developer()).post("/api/apps/" + appId + "/copy", Map.of());
        assertThat(copied.status()).as(copied.text()).isEqualTo(201);
        String copyId = copied.json().path("id").asText();
        Reply ready = as(vendor.developer()).post("/api/apps/" + copyId + "/ready", Map.of("termsAccepted", true));
        assertThat(ready.status()).as(ready.text()).isEqualTo(200);

        JsonNode told = as(hospital.member()).get("/api/notifications").json();
        assertThat(told.findValuesAsText("kind")).contains("SUCCESSOR_AVAILABLE");

        Reply moved = as(hospital.purchaser()).post(downloads(hospital) + "/" + requestId + "/successor", Map.of());
        assertThat(moved.status()).as(moved.text()).isEqualTo(202);
        assertThat(moved.json().path("appId").asText()).isEqualTo(copyId);
        String successorRequest = moved.json().path("requestId").asText();
        awaitStatus(hospital.member(), hospital.id(), successorRequest, "NOT_RESPONDED");
        Reply secrets = as(vendor.developer()).post(credentials(ready.json(), successorRequest),
                Map.of("mode", "GENERATE"));
        assertThat(secrets.status()).as(secrets.text()).isEqualTo(200);
        awaitStatus(hospital.member(), hospital.id(), successorRequest, "SYNCED");

        Reply token = tokenBySecret(UUID.fromString(ready.json().path("productionClientId").asText()),
                secrets.json().path("production").path("clientSecret").asText());
        assertThat(token.status()).as(token.text()).isEqualTo(200);
        assertThat(token().status()).as("the predecessor keeps working").isEqualTo(200);
    }

    private static Map<String, Object> backendListing() {
        Map<String, Object> listing = TestListings.completeWith("audience", "BACKEND_SYSTEMS");
        listing.put("redirectUris", List.of());
        listing.put("incomingApis", List.of("Patient.Read (R4)"));
        return listing;
    }

    private String request(TestOrganization organization, JsonNode requested) {
        Reply reply = as(organization.purchaser()).post(downloads(organization),
                Map.of("clientId", requested.path("productionClientId").asText()));
        assertThat(reply.status()).as(reply.text()).isEqualTo(202);
        return reply.json().path("requestId").asText();
    }

    private static String downloads(TestOrganization organization) {
        return "/api/organizations/" + organization.id() + "/downloads";
    }

    private static String credentials(JsonNode ofApp, String request) {
        return "/api/apps/" + ofApp.path("id").asText() + "/downloads/" + request + "/credentials";
    }

    private Reply token() {
        return tokenBySecret(clientId, secret);
    }

    private Reply tokenBySecret(UUID client, String clientSecret) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "client_credentials");
        form.add("client_id", client.toString());
        form.add("client_secret", clientSecret);
        return anonymous().form("/environments/" + hospital.id() + "/PRD/oauth2/token", form);
    }

    private static void assertInvalidClient(Reply reply, String what) {
        assertThat(reply.status()).as(what + ": " + reply.text()).isIn(400, 401);
        assertThat(reply.json().path("error").asText()).as(what).isEqualTo("invalid_client");
    }
}
