package org.appregistry.downloads;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.appregistry.support.HttpApi.Reply;
import org.appregistry.support.IntegrationTest;
import org.appregistry.downloads.process.DownloadRequestProcess;
import org.appregistry.support.TestWorld;
import org.appregistry.support.WebappSession;
import org.appregistry.support.TestListings;
import org.appregistry.support.TestWorld.TestOrganization;
import org.appregistry.support.TestWorld.TestVendor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Before and after a download, over real HTTP: the pre-request checklist through /api, Tasklist's
 * start form and /engine-rest, and the kickoff call through Tasklist's task form and /api, seen
 * and done by the organisation's purchasers and the app's developers only. Jobs are driven by the test.
 */
class ChecklistAndKickoffApiIT extends IntegrationTest {

    static final Map<String, Object> KICKOFF = Map.of("date", "2026-03-02",
            "goals", "Go live in the emergency department", "scope", "Two departments",
            "milestones", "Test by April, live by June",
            "stakeholders", List.of(Map.of("role", "DEVELOPER", "name", "Dana Dev"),
                    Map.of("role", "CLIENT_SYSTEMS_ADMINISTRATOR", "name", "Sam Systems"),
                    Map.of("role", "TECHNICAL_COORDINATOR", "name", "Tess Coordinator")));

    TestVendor vendor;
    TestOrganization organization;

    @BeforeEach
    void world() {
        vendor = world.vendor();
        organization = world.organization();
    }

    @Test
    void theChecklistIsRecordedWithTheRequestAndWarnsOfWhatWasNotAcknowledged() {
        sign();
        Reply acknowledged = request(Map.of("workedWithTechnicalCoordinator", true,
                "productsAndInterfacesInPlace", true, "costsEvaluated", true));
        Reply silent = request(Map.of());

        assertThat(acknowledged.status()).as(acknowledged.text()).isEqualTo(202);
        assertThat(acknowledged.json().path("warnings")).isEmpty();
        assertThat(checklistOf(acknowledged.json())).containsExactly(true, true, true);
        assertThat(silent.status()).as("a warning, not a refusal").isEqualTo(202);
        assertThat(checklistOf(silent.json())).containsExactly(false, false, false);
        assertThat(silent.json().path("warnings")).hasSize(3);
        assertThat(silent.json().path("warnings").get(2).asText()).contains("costs");

        JsonNode page = as(organization.member()).get(downloads() + "/" + silent.json().path("requestId").asText())
                .json();
        assertThat(page.path("warnings")).isEqualTo(silent.json().path("warnings"));
        executeDueJobs();
        assertThat(as(organization.member()).get(downloads()).json().findValuesAsText("status"))
                .as("both go on as before").containsExactly("SYNCED", "SYNCED");
    }

    @Test
    void tasklistsStartFormAndEngineRestCarryTheChecklistToo() {
        JsonNode app = activeApp(vendor.developer(), TestListings.complete());
        JsonNode other = activeApp(vendor.developer(), TestListings.complete());
        String engineRest = "/engine-rest/process-definition/key/downloadRequest/";

        Reply tasklist = as(organization.purchaser()).post(engineRest + "submit-form", Map.of("variables", Map.of(
                "clientId", Map.of("value", app.path("productionClientId").asText()),
                "workedWithTechnicalCoordinator", Map.of("value", true),
                "productsAndInterfacesInPlace", Map.of("value", false),
                "costsEvaluated", Map.of("value", true))));
        Reply started = as(organization.purchaser()).post(engineRest + "start", Map.of("variables", Map.of(
                "clientId", Map.of("value", other.path("productionClientId").asText()),
                "costsEvaluated", Map.of("value", true, "type", "Boolean"))));

        assertThat(tasklist.status()).as(tasklist.text()).isEqualTo(200);
        assertThat(started.status()).as(started.text()).isEqualTo(200);
        JsonNode viaTasklist = view(tasklist.json().path("businessKey").asText());
        assertThat(checklistOf(viaTasklist)).containsExactly(true, false, true);
        assertThat(viaTasklist.path("warnings")).singleElement().asString().contains("products and interfaces");
        JsonNode viaEngineRest = view(started.json().path("businessKey").asText());
        assertThat(checklistOf(viaEngineRest)).containsExactly(false, false, true);
        assertThat(viaEngineRest.path("warnings")).hasSize(2);
    }

    @Test
    void theKickoffTaskIsForTheOrganisationsPurchasersAndTheAppsDevelopersAlone() {
        String requestId = syncedRequest();

        List<JsonNode> tasks = kickoffTasks(organization.purchaser(), requestId);
        assertThat(tasks).singleElement().satisfies(task ->
                assertThat(task.path("name").asText()).isEqualTo("Record the kickoff call"));
        String taskId = tasks.get(0).path("id").asText();
        assertThat(as(organization.purchaser()).get("/engine-rest/task/" + taskId + "/deployed-form").json()
                .path("id").asText()).isEqualTo("record-kickoff");
        assertThat(kickoffTasks(vendor.developer(), requestId)).as("either side may organise the call").hasSize(1);
        for (String outsider : List.of(organization.member(), world.organization().purchaser(),
                world.vendor().developer())) {
            assertThat(kickoffTasks(outsider, requestId)).as(outsider).isEmpty();
            assertThat(as(outsider).get("/engine-rest/task/" + taskId).status()).as(outsider).isIn(403, 404);
        }
        assertThat(view(requestId).path("status").asText()).isEqualTo("SYNCED");
        assertThat(view(requestId).path("kickoff").isNull()).isTrue();
    }

    @Test
    void aPurchaserRecordsTheKickoffWithTasklistsForm() {
        String requestId = syncedRequest();
        String taskId = kickoffTasks(organization.purchaser(), requestId).get(0).path("id").asText();
        Map<String, Object> form = new HashMap<>();
        form.put("kickoffDate", "2026-03-02");
        form.put("kickoffGoals", "Go live in the emergency department");
        form.put("kickoffMilestones", "Test by April, live by June");
        form.put("stakeholderDeveloper", "Dana Dev");
        form.put("stakeholderOperationalSponsor", "Olga Sponsor");
        form.put("stakeholderTechnicalCoordinator", "Tess Coordinator");
        Map<String, Object> variables = new HashMap<>();
        form.forEach((name, value) -> variables.put(name, Map.of("value", value, "type", "String")));
        variables.put("skipKickoff", Map.of("value", false, "type", "Boolean"));

        var purchaser = as(organization.purchaser());
        assertThat(purchaser.post("/engine-rest/task/" + taskId + "/claim",
                Map.of("userId", organization.purchaser())).status()).isEqualTo(204);
        Reply submitted = purchaser.post("/engine-rest/task/" + taskId + "/submit-form",
                Map.of("variables", variables));

        assertThat(submitted.status()).as(submitted.text()).isEqualTo(204);
        JsonNode request = view(requestId);
        assertThat(request.path("status").asText()).isEqualTo("SYNCED");
        JsonNode kickoff = request.path("kickoff");
        assertThat(kickoff.path("skipped").asBoolean()).isFalse();
        assertThat(kickoff.path("date").asText()).isEqualTo("2026-03-02");
        assertThat(kickoff.path("goals").asText()).isEqualTo("Go live in the emergency department");
        assertThat(kickoff.path("scope").isNull()).isTrue();
        assertThat(kickoff.path("recordedBy").asText()).isEqualTo(organization.purchaser());
        assertThat(kickoff.path("stakeholders").findValuesAsText("role"))
                .containsExactly("DEVELOPER", "OPERATIONAL_SPONSOR", "TECHNICAL_COORDINATOR");
        assertThat(kickoff.path("stakeholders").findValuesAsText("side"))
                .containsExactly("DEVELOPER", "ORGANIZATION", "PROGRAMME");
        assertThat(kickoff.path("stakeholders").findValuesAsText("name")).contains("Olga Sponsor");
        assertThat(purchaser.post(kickoffPath(requestId), KICKOFF).status()).as("recorded once").isEqualTo(409);
    }

    @Test
    void aPurchaserRecordsTheKickoffOverApiAndNobodyElseMay() {
        JsonNode app = activeApp(vendor.developer(), TestListings.complete());
        String requestId = as(organization.purchaser()).post(downloads(),
                Map.of("clientId", app.path("productionClientId").asText())).json().path("requestId").asText();
        executeDueJobs();
        assertThat(as(organization.purchaser()).post(kickoffPath(requestId), KICKOFF).status())
                .as("not synced yet: the agreement waits").isEqualTo(409);
        sign();
        executeDueJobs();
        assertThat(view(requestId).path("status").asText()).isEqualTo("SYNCED");

        assertThat(as(organization.member()).post(kickoffPath(requestId), KICKOFF).status()).isEqualTo(403);
        assertThat(as(world.organization().purchaser()).post(kickoffPath(requestId), KICKOFF).status())
                .isEqualTo(403);
        assertThat(as(vendor.developer()).post(kickoffPath(requestId), KICKOFF).status()).isEqualTo(403);
        Reply incomplete = as(organization.purchaser()).post(kickoffPath(requestId), Map.of("scope", "Everything"));
        assertThat(incomplete.status()).isEqualTo(422);
        assertThat(incomplete.errorFields()).containsExactly("date", "goals");
        Reply unknownRole = as(organization.purchaser()).post(kickoffPath(requestId), Map.of("date", "2026-03-02",
                "goals", "Go live", "stakeholders", List.of(Map.of("role", "JANITOR", "name", "Jo"))));
        assertThat(unknownRole.status()).isEqualTo(422);
        assertThat(view(requestId).path("kickoff").isNull()).as("nothing refused was kept").isTrue();

        Reply recorded = as(organization.purchaser()).post(kickoffPath(requestId), KICKOFF);

        assertThat(recorded.status()).as(recorded.text()).isEqualTo(200);
        assertThat(recorded.json().path("status").asText()).isEqualTo("SYNCED");
        assertThat(recorded.json().path("kickoff").path("scope").asText()).isEqualTo("Two departments");
        assertThat(recorded.json().path("kickoff").path("stakeholders").findValuesAsText("side"))
                .containsExactly("DEVELOPER", "ORGANIZATION", "PROGRAMME");
        assertThat(view(requestId).path("kickoff")).isEqualTo(recorded.json().path("kickoff"));
        assertThat(kickoffTasks(organization.purchaser(), requestId)).as("the task is done").isEmpty();
        assertThat(as(organization.purchaser()).post(kickoffPath(requestId), KICKOFF).status()).isEqualTo(409);
    }

    @Test
    void theAppsDeveloperMayRecordTheKickoffWithEveryRoleOfTheSourceDocument() {
        String requestId = syncedRequest();
        String appId = view(requestId).path("appId").asText();
        String developerDoor = "/api/apps/" + appId + "/downloads/" + requestId + "/kickoff";
        Map<String, Object> report = Map.of("date", "2026-03-02", "goals", "Go live",
                "stakeholders", List.of(Map.of("role", "DEVELOPER", "name", "Dana Dev"),
                        Map.of("role", "CLIENT_SYSTEMS_ADMINISTRATOR", "name", "Cleo Systems"),
                        Map.of("role", "TECHNICAL_COORDINATOR", "name", "Tess Coordinator"),
                        Map.of("role", "TECHNICAL_SERVICES", "name", "Theo Services"),
                        Map.of("role", "EDI_REPRESENTATIVE", "name", "Eddie Interchange")));

        assertThat(kickoffTasks(vendor.developer(), requestId)).as("the developer's Tasklist shows it").hasSize(1);
        assertThat(kickoffTasks(world.vendor().developer(), requestId)).isEmpty();
        assertThat(as(world.vendor().developer()).post(developerDoor, report).status())
                .as("another vendor's developer").isEqualTo(404);
        assertThat(as(vendor.developer()).post(developerDoor, Map.of("date", "2026-03-02",
                "goals", "Go live", "stakeholders", List.of(Map.of("role", "SECURITY_ADMINISTRATOR", "name", "Sam")))
        ).status()).as("the client systems administrator is no security role").isEqualTo(422);

        Reply recorded = as(vendor.developer()).post(developerDoor, report);

        assertThat(recorded.status()).as(recorded.text()).isEqualTo(204);
        JsonNode kickoff = view(requestId).path("kickoff");
        assertThat(kickoff.path("recordedBy").asText()).isEqualTo(vendor.developer());
        assertThat(kickoff.path("stakeholders").findValuesAsText("side"))
                .containsExactly("DEVELOPER", "ORGANIZATION", "PROGRAMME", "PROGRAMME", "PROGRAMME");
        assertThat(kickoffTasks(organization.purchaser(), requestId)).as("one answer for both sides").isEmpty();
    }

    @Test
    void aClientIdTypedIntoTasklistShowsThePurchaserTheAppBeforeTheRequestGoesOn() {
        sign();
        JsonNode app = activeApp(vendor.developer(), TestListings.complete());
        WebappSession tasklist = WebappSession.signIn(port, organization.purchaser(),
                TestWorld.password(organization.purchaser()));
        Reply started = tasklist.engine("POST", "/process-definition/key/" + DownloadRequestProcess.KEY
                + "/submit-form", WebappSession.variables(Map.of("clientId", app.path("productionClientId").asText())));
        assertThat(started.status()).as(started.text()).isEqualTo(200);
        String requestId = started.json().path("businessKey").asText();
        executeDueJobs();

        JsonNode tasks = tasklist.engine("GET", "/task?taskDefinitionKey=" + DownloadRequestProcess.TASK_CONFIRM_APP
                + "&processInstanceBusinessKey=" + requestId, null).json();
        assertThat(tasks).hasSize(1);
        String taskId = tasks.get(0).path("id").asText();
        JsonNode shown = tasklist.engine("GET", "/task/" + taskId + "/form-variables", null).json();
        assertThat(shown.path("appName").path("value").asText()).isEqualTo(app.path("name").asText());
        assertThat(shown.path("developerName").path("value").asText()).isEqualTo(vendor.name());
        assertThat(shown.path("appSummary").path("value").asText()).isEqualTo(app.path("summary").asText());
        assertThat(tasklist.engine("GET", "/task/" + taskId + "/deployed-form", null).text())
                .contains("does not endorse, certify, or verify");
        assertThat(view(requestId).path("status").asText()).as("nothing goes on before").isEqualTo("AWAITING_AGREEMENT");
        assertThat(as(organization.member()).post("/engine-rest/task/" + taskId + "/submit-form",
                WebappSession.variables(Map.of("requestApp", "request"))).status()).isIn(403, 404);

        Reply confirmed = tasklist.engine("POST", "/task/" + taskId + "/submit-form",
                WebappSession.variables(Map.of("requestApp", "request")));
        assertThat(confirmed.status()).as(confirmed.text()).isEqualTo(204);
        executeDueJobs();
        assertThat(view(requestId).path("status").asText()).isEqualTo("SYNCED");
    }

    @Test
    void aPurchaserMaySayOverApiThatNoKickoffWillBeRecorded() {
        String requestId = syncedRequest();

        Reply skipped = as(organization.purchaser()).post(kickoffPath(requestId), Map.of("skip", true));

        assertThat(skipped.status()).as(skipped.text()).isEqualTo(200);
        assertThat(skipped.json().path("kickoff").path("skipped").asBoolean()).isTrue();
        assertThat(skipped.json().path("kickoff").path("date").isNull()).isTrue();
        assertThat(skipped.json().path("status").asText()).isEqualTo("SYNCED");
        assertThat(kickoffTasks(organization.purchaser(), requestId)).isEmpty();
    }

    @Test
    void theKickoffReminderReachesThePurchasersOnly() {
        String requestId = syncedRequest();
        String instanceId = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey("downloadRequest").processInstanceBusinessKey(requestId).singleResult().getId();
        var timer = engine.getManagementService().createJobQuery().processInstanceId(instanceId).timers()
                .singleResult();

        engine.getManagementService().executeJob(timer.getId());

        assertThat(remindersOf(organization.purchaser(), requestId)).hasSize(1)
                .allSatisfy(subject -> assertThat(subject).startsWith("Reminder: record the kickoff call"));
        assertThat(remindersOf(organization.member(), requestId)).isEmpty();
        assertThat(kickoffTasks(organization.purchaser(), requestId)).as("the task still waits").hasSize(1);
    }

    private Reply request(Map<String, Object> checklist) {
        JsonNode app = activeApp(vendor.developer(), TestListings.complete());
        Map<String, Object> body = new HashMap<>(checklist);
        body.put("clientId", app.path("productionClientId").asText());
        return as(organization.purchaser()).post(downloads(), body);
    }

    /** A purchaser's request of an eligible app with the agreement signed, driven to SYNCED. */
    private String syncedRequest() {
        sign();
        String requestId = request(Map.of()).json().path("requestId").asText();
        executeDueJobs();
        assertThat(view(requestId).path("status").asText()).isEqualTo("SYNCED");
        return requestId;
    }

    private void sign() {
        assertThat(as(organization.purchaser()).post("/api/organizations/" + organization.id() + "/agreement",
                Map.of("accept", true, "signerName", "Pat Purchaser", "signerTitle", "CIO")).status()).isEqualTo(200);
    }

    private JsonNode view(String requestId) {
        return as(organization.member()).get(downloads() + "/" + requestId).json();
    }

    /** The kickoff tasks of a request that this user's /engine-rest task list shows. */
    private List<JsonNode> kickoffTasks(String userId, String requestId) {
        return listOf(as(userId).get("/engine-rest/task?taskDefinitionKey=Task_RecordKickoff"
                + "&processInstanceBusinessKey=" + requestId).json());
    }

    private List<String> remindersOf(String userId, String requestId) {
        return listOf(as(userId).get("/api/notifications").json()).stream()
                .filter(n -> "KICKOFF_REMINDER".equals(n.path("kind").asText()))
                .filter(n -> requestId.equals(n.path("requestId").asText()))
                .map(n -> n.path("subject").asText()).toList();
    }

    private static List<JsonNode> listOf(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }

    private static List<Boolean> checklistOf(JsonNode request) {
        return List.of(request.path("workedWithTechnicalCoordinator").asBoolean(),
                request.path("productsAndInterfacesInPlace").asBoolean(), request.path("costsEvaluated").asBoolean());
    }

    private String kickoffPath(String requestId) {
        return downloads() + "/" + requestId + "/kickoff";
    }

    private String downloads() {
        return "/api/organizations/" + organization.id() + "/downloads";
    }
}
