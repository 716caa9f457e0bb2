package org.appregistry.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.appregistry.agreements.process.SubscriptionAgreementProcess;
import org.appregistry.apps.process.AppRegistrationProcess;
import org.appregistry.credentials.process.SecretProvisioningProcess;
import org.appregistry.downloads.process.DownloadRequestProcess;
import org.appregistry.support.HttpApi.Reply;
import org.appregistry.support.IntegrationTest;
import org.appregistry.support.TestListings;
import org.appregistry.support.TestWorld;
import org.appregistry.support.TestWorld.TestOrganization;
import org.appregistry.support.TestWorld.TestVendor;
import org.appregistry.support.WebappSession;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Each user task is answered the one documented way whichever door a person uses: /api,
 * Tasklist (its engine API, with a webapp session) or /engine-rest. Through each door an answer
 * writes its domain row once and leaves exactly one completed task in the engine's history
 * (ACT_HI_TASKINST), never a second completion or a second write.
 */
class OneAnswerPerDoorIT extends IntegrationTest {

    enum Door { API, TASKLIST, ENGINE_REST }

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void finalizeAndMarkReady() {
        for (Door door : Door.values()) {
            TestVendor vendor = world.vendor();
            Reply created = as(vendor.developer()).post("/api/apps", TestListings.complete());
            String appId = created.json().path("id").asText();
            Task task = waitingTask(appId, AppRegistrationProcess.TASK_FINALIZE);

            Reply answer = switch (door) {
                case API -> as(vendor.developer()).post("/api/apps/" + appId + "/ready", Map.of("termsAccepted", true));
                default -> submit(door, vendor.developer(), task, Map.of("termsAccepted", true));
            };

            assertThat(answer.status()).as(door + " " + answer.text()).isBetween(200, 204);
            assertThat(jdbc.queryForList("select status from app where vendor_id = ?", String.class, vendor.id()))
                    .as(door + ": one app row, active").containsExactly("ACTIVE");
            assertOneCompletedTask(door, appId, AppRegistrationProcess.TASK_FINALIZE);
        }
    }

    @Test
    void signTheAgreement() {
        TestVendor vendor = world.vendor();
        JsonNode app = activeApp(vendor.developer(), TestListings.complete());
        for (Door door : Door.values()) {
            TestOrganization organization = world.organization();
            request(organization, app);
            String organizationId = organization.id().toString();
            Task task = waitingTask(organizationId, SubscriptionAgreementProcess.TASK_SIGN);
            Map<String, Object> signature = Map.of("accept", true, "signerName", "Pat Purchaser", "signerTitle", "CIO");

            Reply answer = switch (door) {
                case API -> as(organization.purchaser()).post("/api/organizations/" + organizationId + "/agreement",
                        signature);
                default -> submit(door, organization.purchaser(), task, signature);
            };

            assertThat(answer.status()).as(door + " " + answer.text()).isBetween(200, 204);
            assertThat(jdbc.queryForObject("select count(*) from agreement where organization_id = ?", Integer.class,
                    organization.id())).as(door + ": one agreement row").isOne();
            assertOneCompletedTask(door, organizationId, SubscriptionAgreementProcess.TASK_SIGN);
        }
    }

    @Test
    void provideCredentials() {
        TestVendor vendor = world.vendor();
        JsonNode app = activeApp(vendor.developer(), TestListings.completeWith("audience", "BACKEND_SYSTEMS"));
        for (Door door : Door.values()) {
            TestOrganization organization = world.organization();
            signAgreement(organization);
            String requestId = request(organization, app);
            executeDueJobs();
            Task task = waitingTask(requestId, SecretProvisioningProcess.TASK_PROVIDE);
            String keys = "https://keys.example.com/" + door.name().toLowerCase() + "/" + organization.id();

            Reply answer = switch (door) {
                case API -> as(vendor.developer()).post("/api/apps/" + app.path("id").asText() + "/downloads/"
                        + requestId + "/credentials", Map.of("mode", "JWKS_URL",
                                "production", Map.of("jwksUrl", keys + "/prd.json"),
                                "nonProduction", Map.of("jwksUrl", keys + "/tst.json")));
                default -> submit(door, vendor.developer(), task, Map.of("credentialMode", "JWKS_URL",
                        "productionJwksUrl", keys + "/prd.json", "nonProductionJwksUrl", keys + "/tst.json"));
            };

            assertThat(answer.status()).as(door + " " + answer.text()).isBetween(200, 204);
            assertThat(jdbc.queryForList("select environment_kind from credential where request_id = ?", String.class,
                    UUID.fromString(requestId))).as(door + ": one credential row per environment kind")
                    .containsExactlyInAnyOrder("PRODUCTION", "NON_PRODUCTION");
            assertOneCompletedTask(door, requestId, SecretProvisioningProcess.TASK_PROVIDE);
        }
    }

    @Test
    void recordTheKickoff() {
        TestVendor vendor = world.vendor();
        JsonNode app = activeApp(vendor.developer(), TestListings.complete());
        for (Door door : Door.values()) {
            TestOrganization organization = world.organization();
            signAgreement(organization);
            String requestId = request(organization, app);
            executeDueJobs();
            Task task = waitingTask(requestId, DownloadRequestProcess.TASK_RECORD_KICKOFF);

            Reply answer = switch (door) {
                case API -> as(organization.purchaser()).post("/api/organizations/" + organization.id()
                        + "/downloads/" + requestId + "/kickoff", Map.of("date", "2026-03-02", "goals", "Go live"));
                default -> {
                    Map<String, Object> form = new HashMap<>();
                    form.put(DownloadRequestProcess.SKIP_KICKOFF, false);
                    form.put(DownloadRequestProcess.KICKOFF_DATE, "2026-03-02");
                    form.put(DownloadRequestProcess.KICKOFF_GOALS, "Go live");
                    yield submit(door, organization.purchaser(), task, form);
                }
            };

            assertThat(answer.status()).as(door + " " + answer.text()).isBetween(200, 204);
            assertThat(jdbc.queryForObject("select count(*) from kickoff where request_id = ?", Integer.class,
                    UUID.fromString(requestId))).as(door + ": one kickoff row").isOne();
            assertOneCompletedTask(door, requestId, DownloadRequestProcess.TASK_RECORD_KICKOFF);
        }
    }

    /** Tasklist claims, then submits the form through its engine API; /engine-rest does the same. */
    private Reply submit(Door door, String userId, Task task, Map<String, Object> values) {
        Map<String, Object> form = WebappSession.variables(values);
        if (door == Door.TASKLIST) {
            WebappSession tasklist = WebappSession.signIn(port, userId, TestWorld.password(userId));
            assertThat(tasklist.engine("POST", "/task/" + task.getId() + "/claim", Map.of("userId", userId)).status())
                    .isEqualTo(204);
            return tasklist.engine("POST", "/task/" + task.getId() + "/submit-form", form);
        }
        assertThat(as(userId).post("/engine-rest/task/" + task.getId() + "/claim", Map.of("userId", userId)).status())
                .isEqualTo(204);
        return as(userId).post("/engine-rest/task/" + task.getId() + "/submit-form", form);
    }

    private String request(TestOrganization organization, JsonNode app) {
        Reply requested = as(organization.purchaser()).post("/api/organizations/" + organization.id() + "/downloads",
                Map.of("clientId", app.path("productionClientId").asText()));
        assertThat(requested.status()).as(requested.text()).isEqualTo(202);
        executeDueJobs();
        return requested.json().path("requestId").asText();
    }

    private Task waitingTask(String businessKey, String taskKey) {
        List<Task> tasks = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(businessKey)
                .taskDefinitionKey(taskKey).list();
        assertThat(tasks).as(taskKey + " waits for " + businessKey).hasSize(1);
        return tasks.get(0);
    }

    private void assertOneCompletedTask(Door door, String businessKey, String taskKey) {
        assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceBusinessKey(businessKey)
                .taskDefinitionKey(taskKey).list()).as(door + ": " + taskKey + " in history")
                .singleElement().satisfies(task -> assertThat(task.getEndTime()).isNotNull());
        assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(businessKey)
                .taskDefinitionKey(taskKey).count()).as(door + ": nothing left open").isZero();
    }
}
