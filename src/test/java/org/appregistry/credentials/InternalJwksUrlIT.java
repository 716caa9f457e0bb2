package org.appregistry.credentials;

import static org.assertj.core.api.Assertions.assertThat;

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
 * Issue 9, medium: a developer could make the token endpoint fetch from this server's own network
 * (https://127.0.0.1/…, the cloud metadata service at 169.254.169.254, private ranges) by giving
 * such a JWK Set URL. Every way of giving one refuses it with a 422 naming the field, and leaves
 * nothing behind.
 */
class InternalJwksUrlIT extends IntegrationTest {

    private static final String METADATA = "https://169.254.169.254/latest/meta-data/iam/security-credentials/";

    private TestVendor vendor;
    private String app;

    @BeforeEach
    void aBackendApp() {
        vendor = world.vendor();
        Map<String, Object> listing = TestListings.completeWith("audience", "BACKEND_SYSTEMS");
        listing.put("redirectUris", List.of());
        app = activeApp(vendor.developer(), listing).path("id").asText();
    }

    @Test
    void aStandingPolicyWithAnInternalJwkSetUrlIsRefused() {
        String policy = "/api/apps/" + app + "/auto-respond";

        Reply refused = as(vendor.developer()).put(policy, Map.of("mode", "JWKS_URL", "jwksUrl", METADATA));

        assertRefused(refused, "jwksUrl");
        assertThat(as(vendor.developer()).get(policy).status()).as("no policy was set").isEqualTo(404);
    }

    @Test
    void aBulkAnswerWithAnInternalJwkSetUrlIsRefused() {
        Reply refused = as(vendor.developer()).post("/api/apps/" + app + "/downloads/credentials",
                Map.of("mode", "JWKS_URL", "jwksUrl", "https://[::1]:8080/jwks.json"));

        assertRefused(refused, "jwksUrl");
    }

    @Test
    void oneRequestsAnswerWithInternalJwkSetUrlsIsRefusedAndTheRequestStillWaits() {
        TestOrganization organization = world.organization();
        assertThat(as(organization.purchaser()).post("/api/organizations/" + organization.id() + "/agreement",
                Map.of("accept", true, "signerName", "Pat", "signerTitle", "CIO")).status()).isEqualTo(200);
        String clientId = as(vendor.developer()).get("/api/apps/" + app).json().path("productionClientId").asText();
        String requestId = as(organization.purchaser()).post("/api/organizations/" + organization.id() + "/downloads",
                Map.of("clientId", clientId)).json().path("requestId").asText();
        executeDueJobs();

        Reply refused = as(vendor.developer()).post("/api/apps/" + app + "/downloads/" + requestId + "/credentials",
                Map.of("mode", "JWKS_URL", "production", Map.of("jwksUrl", "https://127.0.0.1/jwks.json"),
                        "nonProduction", Map.of("jwksUrl", "https://10.1.2.3/jwks.json")));

        assertRefused(refused, "production.jwksUrl", "nonProduction.jwksUrl");
        JsonNode request = as(organization.member())
                .get("/api/organizations/" + organization.id() + "/downloads/" + requestId).json();
        assertThat(request.path("status").asText()).isEqualTo("NOT_RESPONDED");
    }

    private static void assertRefused(Reply reply, String... fields) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(422);
        assertThat(reply.errorFields()).containsExactly(fields);
        assertThat(reply.json().path("errors").findValuesAsText("message"))
                .hasSize(fields.length).allMatch(message -> message.startsWith("must point to a public internet address"));
    }
}
