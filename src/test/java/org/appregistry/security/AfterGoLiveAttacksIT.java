package org.appregistry.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.appregistry.apps.AppService;
import org.appregistry.apps.AppStatus;
import org.appregistry.downloads.DownloadService;
import org.appregistry.downloads.RequestStatus;
import org.appregistry.support.HttpApi.Reply;
import org.appregistry.support.IntegrationTest;
import org.appregistry.support.TestListings;
import org.appregistry.support.TestWorld.TestOrganization;
import org.appregistry.support.TestWorld;
import org.appregistry.support.TestWorld.TestVendor;
import org.appregistry.support.WebappSession;
import org.appregistry.sync.process.AppRetirementProcess;
import org.appregistry.sync.process.ClientRecordRefreshProcess;
import org.appregistry.sync.process.DownloadRemovalProcess;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Ordinary accounts attack removal, suspension and retirement: another organisation's purchaser
 * removes a request, a member (no purchaser) removes one, a developer suspends or lifts a
 * suspension, another vendor retires an app or moves an organisation to a successor, and anyone
 * starts the processes through /engine-rest with a forged business key or start instructions.
 * Each is refused, and the victim's request, app and environments are as they were.
 */
class AfterGoLiveAttacksIT extends IntegrationTest {

    @Autowired
    DownloadService downloads;
    @Autowired
    AppService apps;

    TestVendor vendor;
    TestOrganization victim;
    TestOrganization attacker;
    JsonNode app;
    String requestId;

    @BeforeEach
    void aSyncedRequest() {
        vendor = world.vendor();
        victim = world.organization();
        attacker = world.organization();
        signAgreement(victim);
        app = activeApp(vendor.developer(), TestListings.complete());
        Reply requested = as(victim.purchaser()).post(downloads(victim), Map.of("clientId",
                app.path("productionClientId").asText()));
        assertThat(requested.status()).as(requested.text()).isEqualTo(202);
        requestId = requested.json().path("requestId").asText();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            executeDueJobs();
            return downloads.get(UUID.fromString(requestId)).getStatus() == RequestStatus.SYNCED;
        });
    }

    @Test
    void anotherOrganisationsPurchaserOrAMemberCannotRemoveTheRequest() {
        assertThat(as(attacker.purchaser()).delete(downloads(victim) + "/" + requestId).status()).isEqualTo(403);
        assertThat(as(attacker.purchaser()).delete(downloads(attacker) + "/" + requestId).status())
                .as("the victim's request under the attacker's organisation").isEqualTo(404);
        assertThat(as(victim.member()).delete(downloads(victim) + "/" + requestId).status()).isEqualTo(403);
        assertThat(as(vendor.developer()).delete(downloads(victim) + "/" + requestId).status()).isEqualTo(403);
        assertThat(as(attacker.purchaser()).delete("/environments/" + victim.id() + "/PRD/clients/"
                + app.path("productionClientId").asText()).status()).as("the built-in registry").isEqualTo(403);
        assertThat(as(victim.purchaser()).delete("/environments/" + victim.id() + "/PRD/clients/"
                + app.path("productionClientId").asText()).status()).as("only the sync account").isEqualTo(403);
        assertUntouched();
    }

    @Test
    void aDeveloperCannotSuspendOrRestoreAndAnotherVendorCannotRetire() {
        String appId = app.path("id").asText();
        assertThat(as(vendor.developer()).post("/api/apps/" + appId + "/suspension", Map.of("reason", "mine"))
                .status()).isEqualTo(403);
        assertThat(as(victim.purchaser()).post("/api/apps/" + appId + "/suspension", Map.of("reason", "x"))
                .status()).isEqualTo(403);
        assertThat(as(vendor.developer()).delete("/api/apps/" + appId + "/suspension").status()).isEqualTo(403);
        assertThat(as(world.vendor().developer()).post("/api/apps/" + appId + "/retirement",
                Map.of("effectiveAt", Instant.now().plusSeconds(3600).toString())).status()).isEqualTo(404);
        assertThat(asOperator().post("/api/apps/" + appId + "/retirement",
                Map.of("effectiveAt", Instant.now().plusSeconds(3600).toString())).status())
                .as("retiring is the developer's").isEqualTo(404);
        assertThat(as(attacker.purchaser()).post(downloads(victim) + "/" + requestId + "/successor", Map.of())
                .status()).isEqualTo(403);
        assertUntouched();
    }

    @Test
    void theProcessesCannotBeStartedOrSteeredThroughTheEngineWithForgedIds() {
        for (String user : List.of(attacker.purchaser(), victim.purchaser(), vendor.developer())) {
            for (String key : List.of(DownloadRemovalProcess.KEY, ClientRecordRefreshProcess.KEY,
                    AppRetirementProcess.KEY)) {
                String start = "/engine-rest/process-definition/key/" + key + "/start";
                String record = key.equals(DownloadRemovalProcess.KEY) ? requestId : app.path("id").asText();
                Reply forged = as(user).post(start, Map.of("businessKey", record));
                assertThat(forged.status()).as(user + " " + key + " with a business key").isEqualTo(403);
                Reply plain = as(user).post(start, Map.of());
                assertThat(plain.status()).as(user + " " + key + " plainly").isIn(403, 404);
                Reply instructions = as(user).post(start, Map.of("startInstructions", List.of(Map.of("type",
                        "startBeforeActivity", "activityId", DownloadRemovalProcess.TASK_MARK_REMOVED))));
                assertThat(instructions.status()).as(user + " " + key + " start instructions").isEqualTo(403);
            }
            assertThat(as(user).post("/engine-rest/message", Map.of("messageName", "x", "businessKey", requestId))
                    .status()).isEqualTo(403);
        }
        WebappSession tasklist = WebappSession.signIn(port, attacker.purchaser(),
                TestWorld.password(attacker.purchaser()));
        assertThat(tasklist.engine("POST", "/process-definition/key/" + DownloadRemovalProcess.KEY + "/start",
                Map.of("businessKey", requestId)).status()).isEqualTo(403);
        for (String record : List.of(requestId, app.path("id").asText())) {
            assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(record)
                    .processDefinitionKeyIn(DownloadRemovalProcess.KEY, ClientRecordRefreshProcess.KEY,
                            AppRetirementProcess.KEY).count()).as("instances about " + record).isZero();
        }
        assertUntouched();
    }

    private void assertUntouched() {
        assertThat(downloads.get(UUID.fromString(requestId)).getStatus()).isEqualTo(RequestStatus.SYNCED);
        var row = apps.get(UUID.fromString(app.path("id").asText()));
        assertThat(row.getStatus()).isEqualTo(AppStatus.ACTIVE);
        assertThat(row.getRetiresAt()).isNull();
        assertThat(as(victim.member()).get("/environments/" + victim.id() + "/PRD/clients/"
                + app.path("productionClientId").asText()).status()).isEqualTo(200);
        assertThat(downloads.ofOrganization(attacker.id())).isEmpty();
    }

    private static String downloads(TestOrganization organization) {
        return "/api/organizations/" + organization.id() + "/downloads";
    }
}
