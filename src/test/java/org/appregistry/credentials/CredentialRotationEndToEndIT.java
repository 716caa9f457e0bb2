package org.appregistry.credentials;

import static org.appregistry.support.TokenEndpoint.assertInvalidClient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.appregistry.support.EndToEndTest;
import org.appregistry.support.HttpApi;
import org.appregistry.support.HttpApi.Reply;
import org.appregistry.support.TestListings;
import org.appregistry.support.TestWorld.TestOrganization;
import org.appregistry.support.TestWorld.TestVendor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Rotation without downtime over real HTTP, the job executor running: during the overlap the
 * environments' token endpoint takes the old and the new credentials; after an early retirement,
 * or once the overlap has ended by the clock, only the new ones, and the old ones get
 * {@code invalid_client}.
 */
class CredentialRotationEndToEndIT extends EndToEndTest {

    TestVendor vendor;
    TestOrganization hospital;
    JsonNode app;
    UUID production;
    UUID nonProduction;
    /** The first answer's generated secrets of each request: production, non-production. */
    final Map<String, List<String>> generated = new HashMap<>();

    @BeforeEach
    void aBackendAppSyncedToAHospitalWithGeneratedSecrets() {
        vendor = world.vendor();
        hospital = world.organization();
        Map<String, Object> listing = TestListings.completeWith("audience", "BACKEND_SYSTEMS");
        listing.put("redirectUris", List.of());
        listing.put("incomingApis", List.of("Patient.Read (R4)"));
        app = activeApp(vendor.developer(), listing);
        production = UUID.fromString(app.path("productionClientId").asText());
        nonProduction = UUID.fromString(app.path("nonProductionClientId").asText());
        signAgreement(hospital);
    }

    @Test
    void oldAndNewSecretsWorkDuringTheOverlapAndOnlyTheNewOnesAfterTheOldAreRetired() {
        String requestId = syncedWithGeneratedSecrets();
        Reply first = developer().get(downloads());
        String oldProduction = secretsOf(requestId).get(0);
        String oldNonProduction = secretsOf(requestId).get(1);

        Reply rotated = developer().post(rotation(requestId), Map.of("mode", "GENERATE"));
        assertThat(rotated.status()).as(rotated.text()).isEqualTo(200);
        assertThat(rotated.headers().getCacheControl()).contains("no-store");
        String newProduction = rotated.json().path("production").path("clientSecret").asText();
        String newNonProduction = rotated.json().path("nonProduction").path("clientSecret").asText();
        assertThat(newProduction).hasSize(43).isNotEqualTo(oldProduction).isNotEqualTo(newNonProduction);
        Instant validUntil = Instant.parse(rotated.json().path("previousValidUntil").asText());
        assertThat(validUntil).isBetween(Instant.now().plus(Duration.ofDays(7)).minusSeconds(120),
                Instant.now().plus(Duration.ofDays(7)).plusSeconds(120));
        assertThat(first.text()).doesNotContain(newProduction);

        JsonNode view = managed(requestId);
        assertThat(view.path("credentials").findValuesAsText("state"))
                .containsExactlyInAnyOrder("CURRENT", "PREVIOUS", "CURRENT", "PREVIOUS");
        assertThat(view.path("credentials").findValuesAsText("stateLabel")).contains("Current", "Previous");
        view.path("credentials").forEach(c -> assertThat(c.path("validUntil").isNull())
                .as("only a previous credential has an end").isEqualTo(!"PREVIOUS".equals(c.path("state").asText())));
        assertThat(view.toString()).doesNotContain(newProduction, newNonProduction, oldProduction);

        awaitRecordCredentials("PRD", production, 2);
        awaitRecordCredentials("TST", nonProduction, 2);
        assertToken(tokens().bySecret(hospital.id(), "PRD", production, oldProduction), "the old production secret");
        assertToken(tokens().bySecret(hospital.id(), "PRD", production, newProduction), "the new production secret");
        assertToken(tokens().bySecret(hospital.id(), "TST", nonProduction, oldNonProduction), "the old TST secret");
        assertToken(tokens().bySecret(hospital.id(), "TST", nonProduction, newNonProduction), "the new TST secret");
        assertThat(awaitStatus(hospital.member(), hospital.id(), requestId, "SYNCED").path("statusLabel").asText())
                .isEqualTo("Synced");

        Reply again = developer().post(rotation(requestId), Map.of("mode", "GENERATE"));
        assertThat(again.status()).as("a second rotation during the overlap").isEqualTo(409);

        Reply retired = developer().delete(rotation(requestId).replace("/rotation", "/previous"));
        assertThat(retired.status()).as(retired.text()).isEqualTo(200);
        assertThat(retired.json().path("credentials").findValuesAsText("state"))
                .containsExactlyInAnyOrder("CURRENT", "RETIRED", "CURRENT", "RETIRED");
        awaitRecordCredentials("PRD", production, 1);
        awaitRecordCredentials("TST", nonProduction, 1);
        assertInvalidClient(tokens().bySecret(hospital.id(), "PRD", production, oldProduction), "the retired secret");
        assertInvalidClient(tokens().bySecret(hospital.id(), "TST", nonProduction, oldNonProduction),
                "the retired TST secret");
        assertToken(tokens().bySecret(hospital.id(), "PRD", production, newProduction), "the new production secret");
        assertToken(tokens().bySecret(hospital.id(), "TST", nonProduction, newNonProduction), "the new TST secret");
        awaitStatus(hospital.member(), hospital.id(), requestId, "SYNCED");
        awaitEnvironmentsSynced(requestId);

        assertThat(developer().delete(rotation(requestId).replace("/rotation", "/previous")).status())
                .as("nothing left to retire").isEqualTo(409);
        Reply reused = developer().post(rotation(requestId), Map.of("mode", "SET",
                "environmentKinds", List.of("PRODUCTION"), "production", Map.of("secret", oldProduction)));
        assertThat(reused.status()).as("a retired secret again").isEqualTo(422);
        assertThat(reused.errorFields()).containsExactly("production.secret");
        assertThat(reused.text()).doesNotContain(oldProduction);
    }

    @Test
    void theOverlapEndsByTheClockAndACertificateTakesTheSecretsPlaceInProductionOnly() {
        String requestId = syncedWithGeneratedSecrets();
        String oldProduction = secretsOf(requestId).get(0);
        String oldNonProduction = secretsOf(requestId).get(1);
        TestCertificate certificate = TestCertificates.rsa(2048);

        Reply rotated = developer().post(rotation(requestId), Map.of("mode", "PUBLIC_KEY",
                "environmentKinds", List.of("PRODUCTION"), "production", Map.of("certificate", certificate.pem())));
        assertThat(rotated.status()).as(rotated.text()).isEqualTo(200);
        assertThat(rotated.json().path("production").isNull()).as("no secret in a key's answer").isTrue();
        assertThat(rotated.json().path("environmentKinds").toString()).isEqualTo("[\"PRODUCTION\"]");

        awaitRecordCredentials("PRD", production, 2);
        assertToken(tokens().bySecret(hospital.id(), "PRD", production, oldProduction), "the old secret");
        assertToken(tokens().byAssertion(hospital.id(), "PRD",
                tokens().assertion(hospital.id(), "PRD", production).signedWith(certificate.keyPair())), "the new key");
        assertThat(recordCredentials("TST", nonProduction)).as("TST was not rotated").isEqualTo(1);

        clock.moveForward(Duration.ofDays(7).plusHours(1));

        awaitRecordCredentials("PRD", production, 1);
        await().atMost(PATIENCE).until(() -> managed(requestId).path("credentials").findValuesAsText("state")
                .contains("RETIRED"));
        assertInvalidClient(tokens().bySecret(hospital.id(), "PRD", production, oldProduction),
                "the old secret after the overlap");
        assertToken(tokens().bySecret(hospital.id(), "TST", nonProduction, oldNonProduction), "the TST secret");
        awaitEnvironmentsSynced(requestId);
    }

    private String syncedWithGeneratedSecrets() {
        Reply requested = as(hospital.purchaser()).post("/api/organizations/" + hospital.id() + "/downloads",
                Map.of("clientId", production.toString()));
        assertThat(requested.status()).as(requested.text()).isEqualTo(202);
        String requestId = requested.json().path("requestId").asText();
        awaitStatus(hospital.member(), hospital.id(), requestId, "NOT_RESPONDED");
        assertThat(managed(requestId).path("statusLabel").asText()).isEqualTo("Not responded");

        Reply rotatedTooEarly = developer().post(rotation(requestId), Map.of("mode", "GENERATE"));
        assertThat(rotatedTooEarly.status()).as("nothing to rotate yet").isEqualTo(409);

        Reply secrets = developer().post(downloads() + "/" + requestId + "/credentials", Map.of("mode", "GENERATE"));
        assertThat(secrets.status()).as(secrets.text()).isEqualTo(200);
        generated.put(requestId, List.of(secrets.json().path("production").path("clientSecret").asText(),
                secrets.json().path("nonProduction").path("clientSecret").asText()));
        awaitStatus(hospital.member(), hospital.id(), requestId, "SYNCED");
        return requestId;
    }

    private List<String> secretsOf(String requestId) {
        return generated.get(requestId);
    }

    private void awaitRecordCredentials(String environment, UUID clientId, int count) {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200))
                .until(() -> recordCredentials(environment, clientId) == count);
    }

    private void awaitEnvironmentsSynced(String requestId) {
        await().atMost(PATIENCE).until(() -> managed(requestId).path("environments").findValuesAsText("syncStatus")
                .stream().allMatch("SYNCED"::equals));
    }

    /** How many credentials the environment's client record carries now. */
    private int recordCredentials(String environment, UUID clientId) {
        Reply record = as(hospital.member()).get("/environments/" + hospital.id() + "/" + environment + "/clients/"
                + clientId);
        return record.status() == 200 ? record.json().path("credentials").size() : -1;
    }

    private JsonNode managed(String requestId) {
        for (JsonNode request : developer().get(downloads()).json()) {
            if (request.path("requestId").asText().equals(requestId)) {
                return request;
            }
        }
        throw new AssertionError("request " + requestId + " not in Review & Manage Downloads");
    }

    private static void assertToken(Reply reply, String what) {
        assertThat(reply.status()).as(what + ": " + reply.text()).isEqualTo(200);
        assertThat(reply.json().path("access_token").asText()).as(what).isNotBlank();
    }

    private HttpApi developer() {
        return as(vendor.developer());
    }

    private String downloads() {
        return "/api/apps/" + app.path("id").asText() + "/downloads";
    }

    private String rotation(String requestId) {
        return downloads() + "/" + requestId + "/credentials/rotation";
    }
}
