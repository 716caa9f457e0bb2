package org.appregistry.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import org.appregistry.support.IntegrationTest;
import org.appregistry.support.TestListings;
import org.appregistry.support.TestWorld;
import org.appregistry.apps.process.AppRegistrationProcess;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The real Camunda webapps in a real browser: a developer registers an app and marks it ready in
 * Tasklist, the readiness findings come back in the form, nobody else sees the task, and the
 * operator sees the models drawn in Cockpit. Needs Chromium (see {@link Browsers}).
 */
@Tag("browser")
class TasklistBrowserIT extends IntegrationTest {

    static final String APP_REGISTRATION = "App registration";
    static final String FINALIZE = "Finalize details and mark ready";
    static final String TERMS = "I confirm that the app complies with the Terms and Conditions";
    static final String PATIENT_READ = "Patient.Read (R4) — read-only USCDI";
    static final String OBSERVATION_SEARCH = "Observation.Search (R4) — read-only USCDI";
    static final String WRITES_VITALS = "Observation.Create (Vitals) (R4) — writes data";
    static final String DOCUMENTATION = "https://pulse.example.com/docs";
    static final String SUMMARY = "Keeps a diary of your pulse and shares it with your care team.";
    static final String DESCRIPTION = "Why: patients forget readings. What: a diary. How: reads vitals over FHIR R4.";
    static final String REDIRECT_URI = "https://pulse.example.com/callback";

    @RegisterExtension
    static final Browsers browsers = new Browsers();

    @Test
    void aDeveloperRegistersAnAppAndMarksItReadyInTasklist() {
        String developer = world.vendor().developer();
        String name = TestWorld.unique("Pulse Diary");
        Tasklist tasklist = logInToTasklist(developer);

        registerApp(tasklist, name, DESCRIPTION);

        TaskView task = tasklist.filter(Tasklist.MY_TASKS).expectOnlyTask(FINALIZE, name).openTask(FINALIZE, name);
        task.form()
                .expectValue("Application name", name)
                .expectValue("Public documentation URL", DOCUMENTATION)
                .expectValue("Summary", SUMMARY)
                .expectValue("Description", DESCRIPTION)
                .expectSelected("Audience", "Patients")
                .expectPicked("Incoming APIs", List.of(PATIENT_READ, OBSERVATION_SEARCH))
                .expectValue("Redirect URIs", REDIRECT_URI)
                .expectUnchecked(TERMS);
        task.claim().form().check(TERMS);
        task.complete();
        tasklist.expectNoTasks();

        JsonNode app = appNamed(developer, name);
        assertThat(app.path("status").asText()).isEqualTo("ACTIVE");
        assertThat(app.path("audience").asText()).isEqualTo("PATIENTS");
        assertThat(app.path("description").asText()).isEqualTo(DESCRIPTION);
        assertThat(texts(app.path("incomingApis"))).containsExactlyInAnyOrder("Patient.Read (R4)",
                "Observation.Search (R4)");
        assertThat(texts(app.path("redirectUris"))).containsExactly(REDIRECT_URI);
        assertThat(app.path("termsAcceptedAt").isNull()).isFalse();
    }

    @Test
    void theReadinessFindingsComeBackInTheFinalizeFormUntilFixed() {
        String developer = world.vendor().developer();
        String name = TestWorld.unique("Pulse Diary");
        Tasklist tasklist = logInToTasklist(developer);
        registerApp(tasklist, name, "");

        TaskView first = tasklist.filter(Tasklist.MY_TASKS).openTask(FINALIZE, name);
        first.form().expectValue("Application name", name).expectNoText("The last review found");
        first.claim().form().check(TERMS);
        first.complete();

        TaskView again = tasklist.openTask(FINALIZE, name);
        assertThat(again.taskId()).isNotEqualTo(first.taskId());
        again.form()
                .expectText("The last review found:")
                .expectText("description: is required to mark the app ready")
                .expectValue("Application name", name)
                .expectValue("Description", "")
                .expectUnchecked(TERMS);
        assertThat(appNamed(developer, name).path("status").asText()).isEqualTo("IN_DEVELOPMENT");

        again.claim().form().fill("Description", DESCRIPTION).check(TERMS);
        again.complete();
        tasklist.expectNoTasks();

        JsonNode app = appNamed(developer, name);
        assertThat(app.path("status").asText()).isEqualTo("ACTIVE");
        assertThat(app.path("description").asText()).isEqualTo(DESCRIPTION);
    }

    @Test
    void theCreateAndFinalizeFormsSayBesideTheFieldWhatIsWrong() {
        String developer = world.vendor().developer();
        String name = TestWorld.unique("Pulse Diary");
        Tasklist tasklist = logInToTasklist(developer);

        Tasklist.StartDialog dialog = tasklist.startProcess(APP_REGISTRATION);
        dialog.form().expectText("What happens next")
                .fill("Application name", name)
                .fill("Public documentation URL", "http://pulse.example.com")
                .fill("Summary", SUMMARY)
                .fill("Redirect URIs", "https://pulse.example.com/callback#section");
        dialog.startRefused("Public documentation URL must be an address that starts with https://");
        dialog.form().expectMessage("Redirect URIs must be https addresses, one per line");
        dialog.form().fill("Public documentation URL", DOCUMENTATION).fill("Redirect URIs", REDIRECT_URI)
                .fill("Summary", "");
        dialog.startRefused("Summary is required.");
        dialog.form().fill("Summary", SUMMARY).pick("Incoming APIs", WRITES_VITALS);
        WebPages.picture(tasklist.page(), "tasklist-create-an-app");
        dialog.start();

        TaskView task = tasklist.filter(Tasklist.MY_TASKS).openTask(FINALIZE, name);
        task.claim().form().expectPicked("Incoming APIs", List.of(WRITES_VITALS))
                .fill("Redirect URIs", "pulse.example.com/callback");
        task.completeRefused("Redirect URIs must be https addresses");
        task.form().fill("Redirect URIs", REDIRECT_URI);
        task.completeRefused("Tick \"" + TERMS + "\" to go on.");
        WebPages.picture(task.page(), "tasklist-finalize");
    }

    @Test
    void theDownloadRequestFormSaysBesideTheFieldWhatIsWrong() {
        Tasklist tasklist = logInToTasklist(world.organization().purchaser());
        Tasklist.StartDialog dialog = tasklist.startProcess("Download request");
        dialog.form().expectText("What happens next").fill("Client ID", "12345")
                .fill("Refresh token duration (hours)", "0");
        dialog.startRefused("Client ID must be a client ID as the developer gave it");
        dialog.form().expectMessage("Refresh token duration (hours) must be at least 1.");
        dialog.form().fill("Client ID", "").fill("Refresh token duration (hours)", "");
        dialog.startRefused("Client ID is required.");
        WebPages.picture(tasklist.page(), "tasklist-request-a-download");
    }

    @Test
    void purchasersAndOtherVendorsDevelopersDoNotSeeTheTask() {
        String developer = world.vendor().developer();
        Map<String, Object> listing = TestListings.complete();
        String name = (String) listing.get("name");
        var created = as(developer).post("/api/apps", listing);
        assertThat(created.status()).isEqualTo(201);
        String taskId = engine.getTaskService().createTaskQuery()
                .processInstanceBusinessKey(created.json().path("id").asText()).singleResult().getId();

        logInToTasklist(developer).filter(Tasklist.MY_TASKS).expectOnlyTask(FINALIZE, name);

        logInToTasklist(world.organization().purchaser()).filter(Tasklist.MY_TASKS)
                .expectNoTasks()
                .expectNoSuchTask(taskId);
        logInToTasklist(world.vendor().developer()).filter(Tasklist.MY_TASKS)
                .expectNoTasks()
                .expectNoSuchTask(taskId);
    }

    @Test
    void theOperatorSeesTheModelsDrawnInCockpit() {
        Cockpit cockpit = Cockpit.logIn(browsers.newSession(), baseUrl(), "operator", OPERATOR_PASSWORD);

        cockpit.openProcessDefinition(APP_REGISTRATION)
                .expectElement(AppRegistrationProcess.TASK_FINALIZE, FINALIZE)
                .expectElement(AppRegistrationProcess.CALL_REVIEW, "Review production readiness");
        cockpit.openProcessDefinition("Production readiness review")
                .expectElement(AppRegistrationProcess.TASK_CHECK_READINESS, "Check listing, terms, redirect URIs and APIs")
                .expectElement(AppRegistrationProcess.TASK_ACTIVATE_APP, "Activate app");
    }

    /** Start process, App registration, the Create an App form filled as a developer would. */
    private void registerApp(Tasklist tasklist, String name, String description) {
        Tasklist.StartDialog dialog = tasklist.startProcess(APP_REGISTRATION);
        dialog.form()
                .fill("Application name", name)
                .fill("Public documentation URL", DOCUMENTATION)
                .fill("Summary", SUMMARY)
                .fill("Description", description)
                .select("Audience", "Patients")
                .pick("Incoming APIs", PATIENT_READ)
                .pick("Incoming APIs", OBSERVATION_SEARCH)
                .fill("Redirect URIs", REDIRECT_URI);
        dialog.start();
    }

    private Tasklist logInToTasklist(String userId) {
        return Tasklist.logIn(browsers.newSession(), baseUrl(), userId, TestWorld.password(userId));
    }

    private JsonNode appNamed(String developer, String name) {
        JsonNode apps = as(developer).get("/api/apps").json();
        for (JsonNode app : apps) {
            if (name.equals(app.path("name").asText())) {
                return app;
            }
        }
        throw new AssertionError("no app named " + name + " in " + apps);
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    private String baseUrl() {
        return "http://127.0.0.1:" + port;
    }
}
