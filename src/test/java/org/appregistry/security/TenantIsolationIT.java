package org.appregistry.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;

import com.fasterxml.jackson.databind.JsonNode;
import org.appregistry.apps.App;
import org.appregistry.apps.AppRepository;
import org.appregistry.apps.AppStatus;
import org.appregistry.apps.process.AppRegistrationProcess;
import org.appregistry.credentials.CredentialService;
import org.appregistry.credentials.process.SecretProvisioningProcess;
import org.appregistry.downloads.DownloadService;
import org.appregistry.downloads.KickoffService;
import org.appregistry.downloads.RequestStatus;
import org.appregistry.downloads.process.DownloadRequestProcess;
import org.appregistry.environments.EnvironmentRegistry;
import org.appregistry.support.HttpApi.Reply;
import org.appregistry.support.IntegrationTest;
import org.appregistry.support.TestListings;
import org.appregistry.support.TestWorld.TestOrganization;
import org.appregistry.support.TestWorld.TestVendor;
import org.appregistry.support.TestWorld;
import org.appregistry.support.WebappSession;
import org.appregistry.agreements.process.SubscriptionAgreementProcess;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The attacks of an ordinary account on other tenants through the engine's own doors, each kept
 * as the test of its denial, through /engine-rest and through the engine API Tasklist uses. Each
 * also goes behind the door, straight at the engine as the signed-in person, to show that the
 * steps themselves trust no id from a variable.
 */
class TenantIsolationIT extends IntegrationTest {

    @Autowired
    AppRepository apps;
    @Autowired
    DownloadService downloads;
    @Autowired
    CredentialService credentials;
    @Autowired
    KickoffService kickoffs;
    @Autowired
    EnvironmentRegistry registry;

    /** The engine's two REST mounts, as a person signed in to each would call them. */
    enum Door {
        ENGINE_REST, TASKLIST_API
    }

    private BiFunction<String, Object, Reply> post(Door door, String userId) {
        return switch (door) {
            case ENGINE_REST -> (path, body) -> as(userId).post("/engine-rest" + path, body);
            case TASKLIST_API -> {
                WebappSession session = WebappSession.signIn(port, userId, TestWorld.password(userId));
                yield (path, body) -> session.engine("POST", path, body);
            }
        };
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void aForgedAppIdOnOnesOwnFinalizeTaskLeavesTheOtherVendorsAppAlone(Door door) {
        TestVendor attacker = world.vendor();
        TestVendor victim = world.vendor();
        UUID own = draft(attacker);
        UUID theirs = draft(victim);
        String task = openTask(AppRegistrationProcess.TASK_FINALIZE, own);

        Reply forged = post(door, attacker.developer()).apply("/task/" + task + "/complete", WebappSession.variables(
                Map.of("appId", theirs.toString(), "name", "Hijacked", "termsAccepted", true)));

        assertThat(forged.status()).as(forged.text()).isEqualTo(403);
        assertThat(forged.json().path("detail").asText()).contains("appId");
        assertUntouched(theirs);

        // behind the door: the listener answers for the task's own record, whatever the variables say
        signedIn(attacker.developer(), () -> engine.getTaskService().complete(task, Map.of(
                "appId", theirs.toString(), "name", TestWorld.unique("Renamed"), "termsAccepted", true)));
        assertUntouched(theirs);
        assertThat(apps.findById(own).orElseThrow().getName()).startsWith("Renamed");
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void aForgedRequestIdOnOnesOwnCredentialsTaskProvisionsNoOtherRequest(Door door) {
        TestVendor attacker = world.vendor();
        TestVendor victim = world.vendor();
        TestOrganization organization = world.organization();
        signAgreement(organization);
        UUID own = awaitingCredentials(attacker, organization);
        UUID theirs = awaitingCredentials(victim, organization);
        String task = openTask(SecretProvisioningProcess.TASK_PROVIDE, own);
        Map<String, Object> form = Map.of("requestId", theirs.toString(), "credentialMode", "SET",
                "productionSecret", "Attacker-Production-Secret-0123456789-abcdef",
                "nonProductionSecret", "Attacker-NonProduction-Secret-0123456789-abc");

        Reply forged = post(door, attacker.developer()).apply("/task/" + task + "/complete",
                WebappSession.variables(form));

        assertThat(forged.status()).as(forged.text()).isEqualTo(403);
        assertThat(downloads.get(theirs).getStatus()).isEqualTo(RequestStatus.NOT_RESPONDED);
        assertThat(credentials.ofRequest(theirs)).isEmpty();

        signedIn(attacker.developer(), () -> engine.getTaskService().complete(task, form));
        assertThat(credentials.ofRequest(theirs)).as("the victim's request").isEmpty();
        assertThat(downloads.get(theirs).getStatus()).isEqualTo(RequestStatus.NOT_RESPONDED);
        assertThat(credentials.ofRequest(own)).extracting(c -> c.getProvisionedBy())
                .containsOnly(attacker.developer());
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void aForgedRequestIdOnOnesOwnKickoffTaskRecordsNothingForAnotherOrganisation(Door door) {
        TestVendor vendor = world.vendor();
        TestOrganization attacker = world.organization();
        TestOrganization victim = world.organization();
        UUID own = synced(vendor, attacker);
        UUID theirs = synced(vendor, victim);
        String task = openTask(DownloadRequestProcess.TASK_RECORD_KICKOFF, own);
        Map<String, Object> form = Map.of("requestId", theirs.toString(), "skipKickoff", true);

        Reply forged = post(door, attacker.purchaser()).apply("/task/" + task + "/complete",
                WebappSession.variables(form));

        assertThat(forged.status()).as(forged.text()).isEqualTo(403);
        signedIn(attacker.purchaser(), () -> engine.getTaskService().complete(task, form));
        assertThat(kickoffs.of(theirs)).as("the victim's request").isEmpty();
        assertThat(kickoffs.of(own)).get().extracting(k -> k.getRecordedBy()).isEqualTo(attacker.purchaser());
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void startInstructionsCannotSkipTheFirstStepsOfADownloadRequest(Door door) {
        TestVendor vendor = world.vendor();
        TestOrganization attacker = world.organization();
        TestOrganization victim = world.organization();
        signAgreement(victim);
        JsonNode app = activeApp(vendor.developer(), TestListings.completeWith("audience", "BACKEND_SYSTEMS"));
        UUID theirs = request(victim, app);
        executeDueJobs();
        assertThat(downloads.get(theirs).getStatus()).isEqualTo(RequestStatus.NOT_RESPONDED);
        long instances = engine.getHistoryService().createHistoricProcessInstanceQuery().count();
        var attack = post(door, attacker.purchaser());

        for (Map<String, Object> body : List.of(
                startBefore(DownloadRequestProcess.CALL_SYNC_ENVIRONMENTS, Map.of("requestId", theirs.toString())),
                startBefore(DownloadRequestProcess.TASK_REGISTER_REQUEST, Map.of("organizationId",
                        victim.id().toString(), "source", "AUTO_SYNC", "clientId", app.path("productionClientId")
                                .asText())),
                Map.of("variables", Map.of("clientId", Map.of("value", app.path("productionClientId").asText())),
                        "skipCustomListeners", true),
                Map.of("variables", Map.of("clientId", Map.of("value", app.path("productionClientId").asText())),
                        "businessKey", theirs.toString()))) {
            Reply refused = attack.apply("/process-definition/key/" + DownloadRequestProcess.KEY + "/start", body);
            assertThat(refused.status()).as(body + " → " + refused.text()).isEqualTo(403);
        }
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().count()).isEqualTo(instances);

        // behind the door: started in the middle, the sync finds no record to act on and fails
        assertThatThrownBy(() -> signedIn(attacker.purchaser(), () -> engine.getRuntimeService()
                .createProcessInstanceByKey(DownloadRequestProcess.KEY)
                .startBeforeActivity(DownloadRequestProcess.CALL_SYNC_ENVIRONMENTS)
                .setVariable("requestId", theirs.toString()).execute())).isInstanceOf(RuntimeException.class);
        executeDueJobs();
        assertThat(downloads.get(theirs).getStatus()).isEqualTo(RequestStatus.NOT_RESPONDED);
        assertThat(registry.find(victim.id(), "PRD", UUID.fromString(app.path("productionClientId").asText())))
                .isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void startInstructionsCannotPlantAnAppOrOpenAnotherVendorsDraft(Door door) {
        TestVendor attacker = world.vendor();
        TestVendor victim = world.vendor();
        UUID theirs = draft(victim);
        var attack = post(door, attacker.developer());

        for (Map<String, Object> body : List.of(
                startBefore(AppRegistrationProcess.TASK_CREATE_APP_RECORD, Map.of("requestedBy", victim.developer(),
                        "name", "Planted", "publicDocumentationUrl", "https://planted.example.com", "summary", "x")),
                startBefore(AppRegistrationProcess.TASK_FINALIZE, Map.of("appId", theirs.toString())))) {
            Reply refused = attack.apply("/process-definition/key/" + AppRegistrationProcess.KEY + "/start", body);
            assertThat(refused.status()).as(body + " → " + refused.text()).isEqualTo(403);
        }
        assertThat(apps.findByVendorIdOrderByCreatedAt(victim.id())).extracting(App::getId).containsExactly(theirs);

        // behind the door: a finalize task without a record cannot open, so nothing of the draft is shown
        assertThatThrownBy(() -> signedIn(attacker.developer(), () -> engine.getRuntimeService()
                .createProcessInstanceByKey(AppRegistrationProcess.KEY)
                .startBeforeActivity(AppRegistrationProcess.TASK_FINALIZE)
                .setVariable("appId", theirs.toString()).execute())).isInstanceOf(RuntimeException.class);
        assertThat(engine.getTaskService().createTaskQuery().taskCandidateUser(attacker.developer())
                .taskDefinitionKey(AppRegistrationProcess.TASK_FINALIZE).list()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void aSignedInUserCannotTouchTheHistoryCleanupJob(Door door) {
        String cleanup = engine.getHistoryService().findHistoryCleanupJobs().stream().findFirst()
                .map(job -> job.getId()).orElseGet(() -> engine.getHistoryService().cleanUpHistoryAsync(true).getId());
        TestVendor developer = world.vendor();

        Reply executed = post(door, developer.developer()).apply("/job/" + cleanup + "/execute", null);
        Reply suspended = post(door, developer.developer()).apply("/job/" + cleanup + "/suspended",
                Map.of("suspended", true));

        assertThat(executed.status()).as(executed.text()).isEqualTo(403);
        assertThat(suspended.status()).as(suspended.text()).isEqualTo(403);
        assertThat(engine.getManagementService().createJobQuery().jobId(cleanup).singleResult().isSuspended())
                .isFalse();
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void aSecretCannotBeParkedInATaskVariableNorAMessageCorrelatedAcrossTenants(Door door) {
        TestVendor vendor = world.vendor();
        TestOrganization organization = world.organization();
        signAgreement(organization);
        UUID own = awaitingCredentials(vendor, organization);
        String task = openTask(SecretProvisioningProcess.TASK_PROVIDE, own);
        var call = post(door, vendor.developer());

        Reply parked = call.apply("/task/" + task + "/variables", Map.of("modifications",
                Map.of("productionSecret", Map.of("value", "Parked-Secret-0123456789-abcdefghij"))));
        Reply correlated = call.apply("/message", Map.of("messageName", SubscriptionAgreementProcess.MESSAGE_SIGNED, "all", true));
        Reply statistics = post(door, vendor.developer()).apply("/process-definition/key/downloadRequest/statistics",
                null);

        assertThat(parked.status()).as(parked.text()).isEqualTo(403);
        assertThat(correlated.status()).as(correlated.text()).isEqualTo(403);
        assertThat(correlated.text()).doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}-");
        assertThat(statistics.status()).isIn(403, 405);
        assertThat(engine.getRuntimeService().createVariableInstanceQuery().variableName("productionSecret").count())
                .isZero();
    }

    private void assertUntouched(UUID appId) {
        App app = apps.findById(appId).orElseThrow();
        assertThat(app.getStatus()).isEqualTo(AppStatus.IN_DEVELOPMENT);
        assertThat(app.getName()).startsWith("Pulse Diary");
        assertThat(app.termsAccepted()).isFalse();
    }

    private static Map<String, Object> startBefore(String activityId, Map<String, Object> variables) {
        return Map.of("startInstructions", List.of(Map.of("type", "startBeforeActivity", "activityId", activityId)),
                "variables", WebappSession.variables(variables).get("variables"));
    }

    /** A draft app of the vendor, waiting at its finalize task. */
    private UUID draft(TestVendor vendor) {
        Reply created = as(vendor.developer()).post("/api/apps", TestListings.complete());
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return UUID.fromString(created.json().path("id").asText());
    }

    private UUID request(TestOrganization organization, JsonNode app) {
        Reply requested = as(organization.purchaser()).post("/api/organizations/" + organization.id() + "/downloads",
                Map.of("clientId", app.path("productionClientId").asText()));
        assertThat(requested.status()).as(requested.text()).isEqualTo(202);
        return UUID.fromString(requested.json().path("requestId").asText());
    }

    /** A backend app of the vendor, requested by the organisation: NOT_RESPONDED, its credentials task open. */
    private UUID awaitingCredentials(TestVendor vendor, TestOrganization organization) {
        UUID requestId = request(organization, activeApp(vendor.developer(),
                TestListings.completeWith("audience", "BACKEND_SYSTEMS")));
        executeDueJobs();
        assertThat(downloads.get(requestId).getStatus()).isEqualTo(RequestStatus.NOT_RESPONDED);
        return requestId;
    }

    /** An eligible app of the vendor, requested by the organisation and synced: its kickoff task is open. */
    private UUID synced(TestVendor vendor, TestOrganization organization) {
        signAgreement(organization);
        UUID requestId = request(organization, activeApp(vendor.developer(), TestListings.complete()));
        executeDueJobs();
        assertThat(downloads.get(requestId).getStatus()).isEqualTo(RequestStatus.SYNCED);
        return requestId;
    }

    private String openTask(String taskKey, UUID recordId) {
        Task task = engine.getTaskService().createTaskQuery().taskDefinitionKey(taskKey)
                .processInstanceBusinessKey(recordId.toString()).singleResult();
        assertThat(task).as(taskKey + " of " + recordId).isNotNull();
        return task.getId();
    }
}
