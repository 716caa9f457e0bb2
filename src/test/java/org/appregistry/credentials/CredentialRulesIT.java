package org.appregistry.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.appregistry.support.HttpApi;
import org.appregistry.support.HttpApi.Reply;
import org.appregistry.support.IntegrationTest;
import org.appregistry.support.TestListings;
import org.appregistry.support.TestWorld.TestOrganization;
import org.appregistry.support.TestWorld.TestVendor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The rules of credentials after this issue, over /api: a refresh-token app gets a client secret
 * or none (then the organisation reads that refresh tokens are unavailable); keys are unique by
 * public key, not by file; production and non-production never share a key or URL. Each refusal
 * is a 422 naming the field and the rule, and leaves the request waiting.
 */
class CredentialRulesIT extends IntegrationTest {

    TestVendor vendor;

    @BeforeEach
    void aVendor() {
        vendor = world.vendor();
    }

    @Test
    void aRefreshTokenAppIsRefusedAKeyOrJwkSetUrlAloneButMayGoWithoutSecrets() {
        JsonNode app = activeApp(vendor.developer(), refreshTokenApp());
        TestOrganization hospital = world.organization();
        String requestId = awaitingCredentials(app, hospital);

        Reply key = developer().post(credentials(app, requestId), Map.of("mode", "PUBLIC_KEY",
                "production", Map.of("certificate", TestCertificates.rsa(2048).pem()),
                "nonProduction", Map.of("certificate", TestCertificates.rsa(2048).pem())));
        assertRefused(key, "mode", "refresh tokens", "client secret");
        Reply url = developer().post(credentials(app, requestId), Map.of("mode", "JWKS_URL",
                "production", Map.of("jwksUrl", "https://keys.example.com/p.json"),
                "nonProduction", Map.of("jwksUrl", "https://keys.example.com/n.json")));
        assertRefused(url, "mode", "refresh tokens");
        Reply standing = developer().put(apps(app) + "/auto-respond",
                Map.of("mode", "JWKS_URL", "jwksUrl", "https://keys.example.com/all.json"));
        assertRefused(standing, "mode", "refresh tokens");
        Reply bulk = developer().post(apps(app) + "/downloads/credentials",
                Map.of("mode", "JWKS_URL", "jwksUrl", "https://keys.example.com/all.json"));
        assertRefused(bulk, "mode", "refresh tokens");
        assertThat(view(hospital, requestId).path("status").asText()).isEqualTo("NOT_RESPONDED");
        assertThat(view(hospital, requestId).path("refreshTokenDurationHours").asInt()).isPositive();
        assertThat(view(hospital, requestId).path("refreshTokens").path("available").asBoolean())
                .as("no secret yet, so no refresh token yet").isFalse();
        assertThat(view(hospital, requestId).path("refreshTokens").path("note").asText()).contains("client secret");

        Reply none = developer().post(credentials(app, requestId), Map.of("mode", "NONE"));
        assertThat(none.status()).as(none.text()).isEqualTo(200);
        executeDueJobs();

        JsonNode view = view(hospital, requestId);
        assertThat(view.path("status").asText()).isEqualTo("SYNCED");
        assertThat(view.path("refreshTokens").path("available").asBoolean()).isFalse();
        assertThat(view.path("refreshTokens").path("note").asText()).contains("unavailable", "without client secrets");
        assertThat(view.path("refreshTokenDurationHours").isNull()).as("no stale duration").isTrue();
        Reply rotated = developer().post(credentials(app, requestId) + "/rotation", Map.of("mode", "GENERATE"));
        assertThat(rotated.status()).as("nothing to rotate without secrets").isEqualTo(409);
    }

    @Test
    void aRefreshTokenAppWithASecretHasRefreshTokensAndTheSourceDocumentsWords() {
        JsonNode app = activeApp(vendor.developer(), refreshTokenApp());
        assertThat(app.path("statusLabel").asText()).isEqualTo("Active");
        TestOrganization hospital = world.organization();
        String requestId = awaitingCredentials(app, hospital);
        assertThat(view(hospital, requestId).path("statusLabel").asText()).isEqualTo("Not responded");

        assertThat(developer().post(credentials(app, requestId), Map.of("mode", "GENERATE")).status()).isEqualTo(200);
        assertThat(view(hospital, requestId).path("statusLabel").asText()).isEqualTo("Keys enabled");
        executeDueJobs();

        JsonNode view = view(hospital, requestId);
        assertThat(view.path("refreshTokens").path("available").asBoolean()).isTrue();
        assertThat(view.path("refreshTokenDurationHours").asInt()).isPositive();
        assertThat(view.path("environments").findValuesAsText("syncStatusLabel")).containsOnly("Synced");
    }

    @Test
    void twoCertificatesOfOneKeyAreOneKey() {
        JsonNode app = activeApp(vendor.developer(), backendApp());
        TestOrganization hospital = world.organization();
        TestOrganization clinic = world.organization();
        String atHospital = awaitingCredentials(app, hospital);
        String atClinic = awaitingCredentials(app, clinic);
        TestCertificate production = TestCertificates.rsa(2048);
        TestCertificate nonProduction = TestCertificates.ec("secp256r1");

        Reply sameKeyTwice = developer().post(credentials(app, atHospital), Map.of("mode", "PUBLIC_KEY",
                "production", Map.of("certificate", production.pem()),
                "nonProduction", Map.of("certificate", TestCertificates.selfSigned(production.keyPair()).pem())));
        assertRefused(sameKeyTwice, "nonProduction.certificate", "key");
        Reply keys = developer().post(credentials(app, atHospital), Map.of("mode", "PUBLIC_KEY",
                "production", Map.of("certificate", production.pem()),
                "nonProduction", Map.of("certificate", nonProduction.pem())));
        assertThat(keys.status()).as(keys.text()).isEqualTo(200);
        assertThat(developer().get(apps(app) + "/downloads").json().findValuesAsText("publicKeyFingerprint"))
                .hasSize(2).allSatisfy(fingerprint -> assertThat(fingerprint).hasSize(64));

        Reply reissued = developer().post(credentials(app, atClinic), Map.of("mode", "PUBLIC_KEY",
                "production", Map.of("certificate", TestCertificates.selfSigned(production.keyPair()).pem()),
                "nonProduction", Map.of("certificate", TestCertificates.ec("secp256r1").pem())));
        assertRefused(reissued, "production.certificate", "public key already used");
        assertThat(view(clinic, atClinic).path("status").asText()).isEqualTo("NOT_RESPONDED");
    }

    @Test
    void productionAndNonProductionNeverShareAJwkSetUrl() {
        JsonNode app = activeApp(vendor.developer(), backendApp());
        TestOrganization hospital = world.organization();
        TestOrganization clinic = world.organization();
        String atHospital = awaitingCredentials(app, hospital);
        String atClinic = awaitingCredentials(app, clinic);

        Reply shared = developer().post(credentials(app, atHospital), Map.of("mode", "JWKS_URL",
                "production", Map.of("jwksUrl", "https://keys.example.com/one.json"),
                "nonProduction", Map.of("jwksUrl", "https://keys.example.com/one.json")));
        assertRefused(shared, "nonProduction.jwksUrl", "differ");
        assertThat(developer().post(credentials(app, atHospital), Map.of("mode", "JWKS_URL",
                "production", Map.of("jwksUrl", "https://keys.example.com/hospital-prd.json"),
                "nonProduction", Map.of("jwksUrl", "https://keys.example.com/hospital-tst.json"))).status())
                .isEqualTo(200);
        Reply reused = developer().post(credentials(app, atClinic), Map.of("mode", "JWKS_URL",
                "production", Map.of("jwksUrl", "https://keys.example.com/clinic-prd.json"),
                "nonProduction", Map.of("jwksUrl", "https://keys.example.com/hospital-tst.json")));
        assertRefused(reused, "nonProduction.jwksUrl", "already used");
    }

    private static Map<String, Object> refreshTokenApp() {
        Map<String, Object> listing = TestListings.completeWith("audience", "PATIENTS");
        listing.put("usesRefreshTokens", true);
        return listing;
    }

    private static Map<String, Object> backendApp() {
        Map<String, Object> listing = TestListings.completeWith("audience", "BACKEND_SYSTEMS");
        listing.put("redirectUris", List.of());
        return listing;
    }

    private String awaitingCredentials(JsonNode app, TestOrganization organization) {
        signAgreement(organization);
        Reply requested = as(organization.purchaser()).post("/api/organizations/" + organization.id() + "/downloads",
                Map.of("clientId", app.path("productionClientId").asText()));
        assertThat(requested.status()).as(requested.text()).isEqualTo(202);
        executeDueJobs();
        String requestId = requested.json().path("requestId").asText();
        assertThat(view(organization, requestId).path("status").asText()).isEqualTo("NOT_RESPONDED");
        return UUID.fromString(requestId).toString();
    }

    private JsonNode view(TestOrganization organization, String requestId) {
        return as(organization.member()).get("/api/organizations/" + organization.id() + "/downloads/" + requestId)
                .json();
    }

    private static void assertRefused(Reply reply, String field, String... words) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(422);
        assertThat(reply.errorFields()).containsExactly(field);
        assertThat(reply.json().path("errors").get(0).path("message").asText()).contains(words);
    }

    private HttpApi developer() {
        return as(vendor.developer());
    }

    private static String apps(JsonNode app) {
        return "/api/apps/" + app.path("id").asText();
    }

    private static String credentials(JsonNode app, String requestId) {
        return apps(app) + "/downloads/" + requestId + "/credentials";
    }
}
