package org.appregistry.downloads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.databind.JsonNode;
import org.appregistry.support.EndToEndTest;
import org.appregistry.support.HttpApi.Reply;
import org.appregistry.support.TestListings;
import org.appregistry.support.TestWorld.TestOrganization;
import org.appregistry.support.TestWorld.TestVendor;
import org.appregistry.credentials.process.SecretProvisioningProcess;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * The timed side with the job executor running and a sweep every two seconds: nobody acts
 * after "mark ready", and developers with many organisations act once.
 */
@TestPropertySource(properties = "registry.auto-sync.cycle=R/PT2S")
class AutoSyncEndToEndIT extends EndToEndTest {

    TestVendor vendor;

    @BeforeEach
    void vendor() {
        vendor = world.vendor();
    }

    @Test
    void anEligibleAppMarkedReadyReachesEverySignedOrganisationWithinACycleAndLaterSignersInTheNext() {
        List<TestOrganization> signed = List.of(signed(), signed(), signed());
        TestOrganization later = world.organization();

        JsonNode app = activeApp(vendor.developer(), TestListings.complete());

        for (TestOrganization organization : signed) {
            JsonNode request = awaitRequest(organization, app);
            assertThat(request.path("source").asText()).isEqualTo("AUTO_SYNC");
            awaitStatus(organization.member(), organization.id(), request.path("requestId").asText(), "SYNCED");
        }
        assertThat(as(later.member()).get(downloads(later)).json()).isEmpty();

        sign(later);

        JsonNode picked = awaitRequest(later, app);
        awaitStatus(later.member(), later.id(), picked.path("requestId").asText(), "SYNCED");
        assertThat(as(later.member()).get(downloads(later)).json()).hasSize(1);
    }

    @Test
    void aBulkAnswerEnablesFiftyWaitingOrganisationsAtOnce() {
        JsonNode app = activeApp(vendor.developer(), backendListing());
        List<TestOrganization> organizations = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            TestOrganization organization = signed();
            organizations.add(organization);
            Reply requested = as(organization.purchaser()).post(downloads(organization),
                    Map.of("clientId", app.path("productionClientId").asText()));
            assertThat(requested.status()).isEqualTo(202);
        }
        String path = "/api/apps/" + app.path("id").asText() + "/downloads";
        await().atMost(PATIENCE).until(() -> as(vendor.developer()).get(path).json().findValuesAsText("status")
                .stream().filter("NOT_RESPONDED"::equals).count() == 50);

        Reply refused = as(vendor.developer()).post(path + "/credentials", Map.of("mode", "GENERATE"));
        assertThat(refused.status()).as("secrets differ per organisation").isEqualTo(422);
        Reply answered = as(vendor.developer()).post(path + "/credentials",
                Map.of("mode", "JWKS_URL", "jwksUrl", "https://keys.example.com/backend/jwks.json"));

        assertThat(answered.status()).as(answered.text()).isEqualTo(200);
        assertThat(answered.json()).hasSize(50);
        assertThat(answered.json().findValuesAsText("outcome")).containsOnly("ENABLED");
        assertThat(answered.json().findValuesAsText("organizationName"))
                .containsExactlyInAnyOrderElementsOf(organizations.stream().map(TestOrganization::name).toList());
        await().atMost(PATIENCE).until(() -> as(vendor.developer()).get(path).json().findValuesAsText("status")
                .equals(Collections.nCopies(organizations.size(), "SYNCED")));
        Reply again = as(vendor.developer()).post(path + "/credentials",
                Map.of("mode", "JWKS_URL", "jwksUrl", "https://keys.example.com/backend/jwks.json"));
        assertThat(again.json()).as("nothing waits any more").isEmpty();
    }

    @Test
    void aStandingPolicyAnswersANewRequestWithoutTheDeveloper() {
        JsonNode app = activeApp(vendor.developer(), backendListing());
        String policy = "/api/apps/" + app.path("id").asText() + "/auto-respond";
        assertThat(as(vendor.developer()).get(policy).status()).isEqualTo(404);
        assertThat(as(vendor.developer()).put(policy, Map.of("mode", "NONE")).status())
                .as("a backend app needs keys").isEqualTo(422);
        assertThat(as(vendor.developer()).put(policy, Map.of("mode", "JWKS_URL", "jwksUrl", "http://insecure.example"))
                .status()).isEqualTo(422);
        assertThat(as(world.vendor().developer()).put(policy,
                Map.of("mode", "JWKS_URL", "jwksUrl", "https://keys.example.com/jwks.json")).status()).isEqualTo(404);
        Reply set = as(vendor.developer()).put(policy,
                Map.of("mode", "JWKS_URL", "jwksUrl", "https://keys.example.com/jwks.json"));
        assertThat(set.status()).as(set.text()).isEqualTo(200);

        TestOrganization organization = signed();
        String requestId = as(organization.purchaser()).post(downloads(organization),
                Map.of("clientId", app.path("nonProductionClientId").asText())).json().path("requestId").asText();

        awaitStatus(organization.member(), organization.id(), requestId, "SYNCED");
        JsonNode managed = as(vendor.developer()).get("/api/apps/" + app.path("id").asText() + "/downloads").json();
        assertThat(managed.get(0).path("credentials").findValuesAsText("jwksUrl"))
                .containsOnly("https://keys.example.com/jwks.json");
        assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceBusinessKey(requestId)
                .taskDefinitionKey(SecretProvisioningProcess.TASK_PROVIDE).count()).as("the developers were never asked").isZero();
    }

    /** The organisation's request for the app, once the sweep created it. */
    private JsonNode awaitRequest(TestOrganization organization, JsonNode app) {
        AtomicReference<JsonNode> found = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            for (JsonNode request : as(organization.member()).get(downloads(organization)).json()) {
                if (app.path("id").asText().equals(request.path("appId").asText())) {
                    found.set(request);
                }
            }
            return found.get() != null;
        });
        return found.get();
    }

    private static Map<String, Object> backendListing() {
        Map<String, Object> listing = TestListings.completeWith("audience", "BACKEND_SYSTEMS");
        listing.put("redirectUris", List.of());
        return listing;
    }

    private TestOrganization signed() {
        TestOrganization organization = world.organization();
        sign(organization);
        return organization;
    }

    private void sign(TestOrganization organization) {
        assertThat(as(organization.purchaser()).post("/api/organizations/" + organization.id() + "/agreement",
                Map.of("accept", true, "signerName", "Pat", "signerTitle", "CIO")).status()).isEqualTo(200);
    }

    private static String downloads(TestOrganization organization) {
        return "/api/organizations/" + organization.id() + "/downloads";
    }
}
