package org.appregistry.downloads;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.appregistry.downloads.process.DownloadRequestProcess;
import org.appregistry.organizations.OrganizationService.NewEnvironment;
import org.appregistry.support.EndToEndTest;
import org.appregistry.support.HttpApi.Reply;
import org.appregistry.support.TestListings;
import org.appregistry.support.TestWorld.TestOrganization;
import org.appregistry.support.TestWorld.TestVendor;
import org.appregistry.agreements.process.SubscriptionAgreementProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A purchaser takes an ACTIVE app to a client record in every environment of the
 * organisation, over /api with the job executor running and real HTTP between the workflow and
 * the environment registry.
 */
class DownloadEndToEndIT extends EndToEndTest {

    private static final Logger log = LoggerFactory.getLogger(DownloadEndToEndIT.class);

    static WireMockServer remote = new WireMockServer(options().dynamicPort());

    TestVendor vendor;
    TestOrganization organization;

    @BeforeAll
    static void startRemote() {
        remote.start();
    }

    @AfterAll
    static void stopRemote() {
        remote.stop();
    }

    @BeforeEach
    void world() {
        vendor = world.vendor();
        organization = world.organization();
    }

    @Test
    void aPurchaserDownloadsByTheProductionClientIdAndTheRecordReachesBothEnvironments() {
        downloadAndCheck(activeApp(vendor.developer(), TestListings.complete()), "productionClientId");
    }

    @Test
    void aPurchaserDownloadsByTheNonProductionClientIdAndTheRecordReachesBothEnvironments() {
        downloadAndCheck(activeApp(vendor.developer(), TestListings.complete()), "nonProductionClientId");
    }

    private void downloadAndCheck(JsonNode app, String whichId) {
        sign(organization);
        String clientId = app.path(whichId).asText();
        JsonNode lookUp = as(organization.purchaser()).get("/api/client-ids/" + clientId).json();
        assertThat(lookUp.path("name").asText()).isEqualTo(app.path("name").asText());
        assertThat(lookUp.path("environmentKind").asText())
                .isEqualTo(whichId.startsWith("production") ? "PRODUCTION" : "NON_PRODUCTION");

        long started = System.nanoTime();
        Reply accepted = as(organization.purchaser()).post(downloads(organization), Map.of("clientId", clientId));
        assertThat(accepted.status()).as(accepted.text()).isEqualTo(202);
        String requestId = accepted.json().path("requestId").asText();

        JsonNode synced = awaitStatus(organization.member(), organization.id(), requestId, "SYNCED");
        log.info("POST to SYNCED took {} ms", (System.nanoTime() - started) / 1_000_000);

        assertThat(synced.path("environments").findValuesAsText("syncStatus")).containsExactly("SYNCED", "SYNCED");
        assertThat(synced.path("source").asText()).isEqualTo("MANUAL");
        JsonNode production = as(organization.member()).get("/environments/" + organization.id() + "/PRD/clients/"
                + app.path("productionClientId").asText()).json();
        JsonNode nonProduction = as(organization.member()).get("/environments/" + organization.id() + "/TST/clients/"
                + app.path("nonProductionClientId").asText()).json();
        assertThat(production.path("scopes").findValuesAsText("")).isEmpty();
        // a patient app's read APIs, in SMART v2 form in the patient context
        assertThat(production.path("scopes").toString()).contains("patient/Patient.r", "patient/Observation.s");
        assertThat(production.path("environmentKind").asText()).isEqualTo("PRODUCTION");
        assertThat(nonProduction.path("environmentKind").asText()).isEqualTo("NON_PRODUCTION");
        assertThat(as(organization.member()).get("/environments/" + organization.id() + "/TST/clients/"
                + app.path("productionClientId").asText()).status()).as("production ID not in TST").isEqualTo(404);

        JsonNode developersView = as(vendor.developer()).get("/api/apps/" + app.path("id").asText() + "/downloads")
                .json();
        assertThat(developersView.findValuesAsText("organizationName")).containsExactly(organization.name());
        assertThat(developersView.get(0).path("status").asText()).isEqualTo("SYNCED");
    }

    @Test
    void theRulesOfTheDownloadPage() {
        sign(organization);
        JsonNode app = activeApp(vendor.developer(), TestListings.complete());
        String clientId = app.path("productionClientId").asText();
        JsonNode draft = as(vendor.developer()).post("/api/apps", TestListings.complete()).json();
        TestOrganization other = world.organization();

        assertThat(as(organization.purchaser()).post(downloads(organization), Map.of("clientId", UUID.randomUUID()))
                .status()).as("unknown client ID").isEqualTo(404);
        assertThat(as(organization.purchaser()).post(downloads(organization), Map.of("clientId", "not-an-id"))
                .status()).isEqualTo(404);
        Reply noClientId = as(organization.purchaser()).post(downloads(organization), Map.of());
        assertThat(noClientId.status()).as(noClientId.text()).isEqualTo(422);
        assertThat(noClientId.errorFields()).containsExactly("clientId");
        assertThat(as(organization.purchaser()).post(downloads(organization), Map.of("clientId", " ")).errorFields())
                .containsExactly("clientId");
        Reply notActive = as(organization.purchaser()).post(downloads(organization),
                Map.of("clientId", draft.path("productionClientId").asText()));
        assertThat(notActive.status()).isEqualTo(409);
        assertThat(notActive.json().path("detail").asText()).contains("ACTIVE");
        assertThat(as(organization.member()).post(downloads(organization), Map.of("clientId", clientId)).status())
                .as("member without the purchase right").isEqualTo(403);
        assertThat(as(other.purchaser()).post(downloads(organization), Map.of("clientId", clientId)).status())
                .as("purchaser of another organisation").isEqualTo(403);
        assertThat(as(vendor.developer()).post(downloads(organization), Map.of("clientId", clientId)).status())
                .isEqualTo(403);
        assertThat(as(other.member()).get(downloads(organization)).status()).isEqualTo(403);
        assertThat(anonymous().get(downloads(organization)).status()).isEqualTo(401);
        Reply duration = as(organization.purchaser()).post(downloads(organization),
                Map.of("clientId", clientId, "refreshTokenDurationHours", 24));
        assertThat(duration.status()).isEqualTo(422);
        assertThat(duration.errorFields()).containsExactly("refreshTokenDurationHours");
        assertThat(as(organization.member()).get(downloads(organization)).json()).isEmpty();
        assertThat(as(organization.member()).get("/api/client-ids/" + clientId).status())
                .as("looking up client IDs is for purchasers").isEqualTo(403);
    }

    @Test
    void askingAgainReturnsTheExistingRequestEvenWhenTwentyAskAtOnce() throws Exception {
        sign(organization);
        JsonNode app = activeApp(vendor.developer(), TestListings.complete());
        String clientId = app.path("productionClientId").asText();
        List<Callable<Reply>> asks = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            asks.add(() -> as(organization.purchaser()).post(downloads(organization), Map.of("clientId", clientId)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Reply> replies = new ArrayList<>();
        try {
            for (Future<Reply> reply : pool.invokeAll(asks)) {
                replies.add(reply.get());
            }
        } finally {
            pool.shutdown();
        }

        assertThat(replies).extracting(Reply::status).containsOnly(200, 202).filteredOn(s -> s == 202).hasSize(1);
        assertThat(replies.stream().map(r -> r.json().path("requestId").asText()).distinct()).hasSize(1);
        assertThat(as(organization.member()).get(downloads(organization)).json()).hasSize(1);
        String requestId = replies.get(0).json().path("requestId").asText();
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("downloadRequest")
                .processInstanceBusinessKey(requestId).count()).isOne();
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("downloadRequest")
                .variableValueEquals(DownloadRequestProcess.ORGANIZATION_ID.name(), organization.id().toString()).count()).isOne();
        Reply again = as(organization.purchaser()).post(downloads(organization), Map.of("clientId", clientId));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("requestId").asText()).isEqualTo(requestId);
    }

    @Test
    void theAgreementIsSignedOnceByAPurchaserAndReleasesTheWaitingRequest() {
        JsonNode app = activeApp(vendor.developer(), TestListings.complete());
        Reply accepted = as(organization.purchaser()).post(downloads(organization),
                Map.of("clientId", app.path("productionClientId").asText()));
        String requestId = accepted.json().path("requestId").asText();
        String agreement = "/api/organizations/" + organization.id() + "/agreement";

        assertThat(as(organization.member()).get(agreement).json().path("signed").asBoolean()).isFalse();
        assertThat(as(organization.member()).post(agreement, signature()).status()).isEqualTo(403);
        assertThat(as(world.organization().purchaser()).post(agreement, signature()).status()).isEqualTo(403);
        Reply unaccepted = as(organization.purchaser()).post(agreement,
                Map.of("accept", false, "signerName", "Pat", "signerTitle", "CIO"));
        assertThat(unaccepted.status()).isEqualTo(422);
        assertThat(unaccepted.errorFields()).containsExactly("accept");
        assertThat(awaitStatus(organization.member(), organization.id(), requestId, "AWAITING_AGREEMENT")
                .path("status").asText()).isEqualTo("AWAITING_AGREEMENT");

        Reply signed = as(organization.purchaser()).post(agreement, signature());

        assertThat(signed.status()).isEqualTo(200);
        assertThat(signed.json().path("signedBy").asText()).isEqualTo(organization.purchaser());
        awaitStatus(organization.member(), organization.id(), requestId, "SYNCED");
        assertThat(engine.getTaskService().createTaskQuery().taskDefinitionKey(SubscriptionAgreementProcess.TASK_SIGN)
                .taskCandidateGroup("org-" + organization.id() + "-purchasers").count()).isZero();
    }

    @Test
    void tasklistAndEngineRestStartTheSameProcess() {
        sign(organization);
        JsonNode app = activeApp(vendor.developer(), TestListings.complete());
        Map<String, Object> start = Map.of("variables",
                Map.of("clientId", Map.of("value", app.path("productionClientId").asText(), "type", "String")));

        Reply byDeveloper = as(vendor.developer()).post("/engine-rest/process-definition/key/downloadRequest/start",
                start);
        assertThat(byDeveloper.status()).as(byDeveloper.text()).isIn(403, 404);
        Reply byPurchaser = as(organization.purchaser())
                .post("/engine-rest/process-definition/key/downloadRequest/start", start);

        assertThat(byPurchaser.status()).as(byPurchaser.text()).isEqualTo(200);
        String requestId = byPurchaser.json().path("businessKey").asText();
        String confirm = "/engine-rest/task?taskDefinitionKey=" + DownloadRequestProcess.TASK_CONFIRM_APP
                + "&processInstanceBusinessKey=" + requestId;
        await().atMost(PATIENCE).until(() -> as(organization.purchaser()).get(confirm).json().size() == 1);
        String taskId = as(organization.purchaser()).get(confirm).json().get(0).path("id").asText();
        Reply confirmed = as(organization.purchaser()).post("/engine-rest/task/" + taskId + "/submit-form",
                Map.of("variables", Map.of("requestApp", Map.of("value", "request", "type", "String"))));
        assertThat(confirmed.status()).as("a client ID typed in: the purchaser confirms the app").isEqualTo(204);
        JsonNode synced = awaitStatus(organization.member(), organization.id(), requestId, "SYNCED");
        assertThat(synced.path("appId").asText()).isEqualTo(app.path("id").asText());
    }

    @Test
    void anEnvironmentThatFailsThenRecoversGetsTheRecordOnARetry() {
        remote.stubFor(put(urlPathMatching("/flaky/clients/.*")).inScenario("flaky")
                .whenScenarioStateIs(Scenario.STARTED).willReturn(aResponse().withStatus(500)).willSetStateTo("up"));
        remote.stubFor(put(urlPathMatching("/flaky/clients/.*")).inScenario("flaky")
                .whenScenarioStateIs("up").willReturn(aResponse().withStatus(201)));
        TestOrganization flaky = world.organization(List.of(new NewEnvironment("PRD", "PRODUCTION", null),
                new NewEnvironment("FLAKY", "NON_PRODUCTION", remote.baseUrl() + "/flaky")));
        sign(flaky);
        JsonNode app = activeApp(vendor.developer(), TestListings.complete());

        String requestId = as(flaky.purchaser()).post(downloads(flaky),
                Map.of("clientId", app.path("productionClientId").asText())).json().path("requestId").asText();

        JsonNode synced = awaitStatus(flaky.member(), flaky.id(), requestId, "SYNCED");
        JsonNode environment = environment(synced, "FLAKY");
        assertThat(environment.path("attempts").asInt()).isEqualTo(2);
    }

    @Test
    void anEnvironmentThatNeverAnswersInTimeBecomesAnIncidentThatAnOperatorRetries() {
        remote.stubFor(put(urlPathMatching("/silent/clients/.*"))
                .willReturn(aResponse().withStatus(200).withFixedDelay(3_000)));
        TestOrganization silent = world.organization(List.of(new NewEnvironment("PRD", "PRODUCTION", null),
                new NewEnvironment("SILENT", "NON_PRODUCTION", remote.baseUrl() + "/silent")));
        sign(silent);
        JsonNode app = activeApp(vendor.developer(), TestListings.complete());
        String requestId = as(silent.purchaser()).post(downloads(silent),
                Map.of("clientId", app.path("productionClientId").asText())).json().path("requestId").asText();

        await().atMost(PATIENCE).until(() -> asOperator().get("/engine-rest/incident?incidentType=failedJob").json()
                .findValuesAsText("processInstanceId").stream().anyMatch(id -> syncInstanceOf(requestId).equals(id)));
        JsonNode stuck = as(silent.member()).get(downloads(silent) + "/" + requestId).json();
        assertThat(stuck.path("status").asText()).isEqualTo("APPROVED");
        assertThat(environment(stuck, "SILENT").path("syncStatus").asText()).isEqualTo("FAILED");
        assertThat(environment(stuck, "SILENT").path("lastError").asText()).contains("did not answer");
        assertThat(environment(stuck, "PRD").path("syncStatus").asText()).isEqualTo("SYNCED");

        remote.stubFor(put(urlPathMatching("/silent/clients/.*")).willReturn(aResponse().withStatus(200)));
        String jobId = asOperator().get("/engine-rest/job?processInstanceId=" + syncInstanceOf(requestId)).json()
                .get(0).path("id").asText();
        assertThat(asOperator().put("/engine-rest/job/" + jobId + "/retries", Map.of("retries", 1)).status())
                .isEqualTo(204);

        awaitStatus(silent.member(), silent.id(), requestId, "SYNCED");
    }

    private String syncInstanceOf(String requestId) {
        var sync = engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("environmentSync")
                .processInstanceBusinessKey(requestId).singleResult();
        return sync == null ? "" : sync.getId();
    }

    private static JsonNode environment(JsonNode request, String code) {
        for (JsonNode environment : request.path("environments")) {
            if (code.equals(environment.path("code").asText())) {
                return environment;
            }
        }
        throw new AssertionError("no environment " + code + " in " + request);
    }

    private void sign(TestOrganization organization) {
        assertThat(as(organization.purchaser()).post("/api/organizations/" + organization.id() + "/agreement",
                signature()).status()).isEqualTo(200);
    }

    private static Map<String, Object> signature() {
        return Map.of("accept", true, "signerName", "Pat Purchaser", "signerTitle", "CIO");
    }

    private static String downloads(TestOrganization organization) {
        return "/api/organizations/" + organization.id() + "/downloads";
    }
}
