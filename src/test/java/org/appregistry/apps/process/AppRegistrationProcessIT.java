package org.appregistry.apps.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.appregistry.apps.App;
import org.appregistry.apps.AppRepository;
import org.appregistry.apps.AppStatus;
import org.appregistry.apps.ListingChanges;
import org.appregistry.common.ForbiddenException;
import org.appregistry.common.InvalidInputException;
import org.appregistry.common.NotFoundException;
import org.appregistry.support.HttpApi.Reply;
import org.appregistry.support.IntegrationTest;
import org.appregistry.support.TestListings;
import org.appregistry.support.TestWorld.TestVendor;
import org.appregistry.workflow.Refusals;
import org.appregistry.workflow.RuleRefusal;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path of appRegistration and productionReadinessReview with the real engine and real
 * delegates. The rules themselves are tested in ListingRulesTest; here only the flow.
 */
class AppRegistrationProcessIT extends IntegrationTest {

    @Autowired
    AppRepository apps;

    TestVendor vendor;

    @BeforeEach
    void vendor() {
        vendor = world.vendor();
    }

    @Test
    void createsTheAppRecordAndWaitsForTheDeveloper() {
        ProcessInstance instance = start(vendor.developer(), completeListing());

        assertThat(instance).isWaitingAt(AppRegistrationProcess.TASK_FINALIZE)
                .hasPassed(AppRegistrationProcess.TASK_CREATE_APP_RECORD)
                .variables().as("the process carries its record as business key, never an id")
                .doesNotContainKeys("appId", "vendorId", "requestedBy", "copyOf");
        UUID appId = UUID.fromString(instance.getBusinessKey());
        assertThat(apps.findById(appId)).get().extracting(a -> a.getStatus()).isEqualTo(AppStatus.IN_DEVELOPMENT);
        assertThat(task(instance)).hasCandidateGroup("vendor-" + vendor.id());
        assertThat(engine.getTaskService().getVariable(task(instance).getId(), "name"))
                .as("the form opens with the listing").isEqualTo(apps.findById(appId).orElseThrow().getName());
        assertThat(engine.getTaskService().getVariableLocal(task(instance).getId(), "productionClientId"))
                .as("and shows the client IDs").isEqualTo(apps.findById(appId).orElseThrow().getProductionClientId()
                        .toString());
    }

    @Test
    void readinessErrorsSendTheDeveloperBackWithTheFindings() {
        Map<String, Object> listing = completeListing();
        listing.remove("description");
        ProcessInstance instance = start(vendor.developer(), listing);

        submit(instance, Map.of("termsAccepted", true));

        assertThat(instance).isWaitingAt(AppRegistrationProcess.TASK_FINALIZE)
                .hasPassed(AppRegistrationProcess.BOUNDARY_READINESS_ERRORS_FOUND)
                .hasNotPassed(AppRegistrationProcess.TASK_EVALUATE_AUTO_SYNC);
        assertThat((String) engine.getRuntimeService().getVariable(instance.getId(), "readinessFindings"))
                .contains("- Description: is required to mark the app ready").doesNotContain("ERROR");
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery()
                .activityId(AppRegistrationProcess.END_READINESS_ERRORS).count()).isPositive();
        assertThat(apps.findById(UUID.fromString(instance.getBusinessKey())).orElseThrow().getStatus())
                .isEqualTo(AppStatus.IN_DEVELOPMENT);
    }

    @Test
    void theFinalizeFormFixesTheFindingsAndTheAppBecomesActive() {
        Map<String, Object> listing = completeListing();
        listing.remove("description");
        ProcessInstance instance = start(vendor.developer(), listing);
        submit(instance, Map.of("termsAccepted", true));

        submit(instance, Map.of("description", "Now described.", "termsAccepted", true));

        assertThat(instance).isEnded().hasPassed(AppRegistrationProcess.TASK_EVALUATE_AUTO_SYNC, AppRegistrationProcess.END_APP_ACTIVE);
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableName(ListingForm.NAME).includeDeleted().list()).as("the form's copy of the listing is gone")
                .isNotEmpty().allMatch(v -> "DELETED".equals(v.getState()));
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().activityId(AppRegistrationProcess.TASK_ACTIVATE_APP)
                .list()).anyMatch(a -> engine.getHistoryService().createHistoricProcessInstanceQuery()
                        .processInstanceId(a.getProcessInstanceId()).singleResult()
                        .getSuperProcessInstanceId().equals(instance.getId()));
        var app = apps.findById(UUID.fromString(instance.getBusinessKey())).orElseThrow();
        assertThat(app.getStatus()).isEqualTo(AppStatus.ACTIVE);
        assertThat(app.getTermsAcceptedBy()).isEqualTo(vendor.developer());
        assertThat(app.autoSync().eligible()).isTrue();
        assertThat(engine.getHistoryService().createHistoricDecisionInstanceQuery()
                .decisionDefinitionKey("autoSyncEligibility").processInstanceId(instance.getId()).count()).isOne();
    }

    @Test
    void withoutTheTermsTheReviewSendsTheDeveloperBack() {
        ProcessInstance instance = start(vendor.developer(), completeListing());

        submit(instance, Map.of());

        assertThat(instance).isWaitingAt(AppRegistrationProcess.TASK_FINALIZE);
        assertThat((String) engine.getRuntimeService().getVariable(instance.getId(), "readinessFindings"))
                .contains("Terms and Conditions: the Terms and Conditions must be accepted");
    }

    @Test
    void aFormBreakingARuleIsRefusedAndTheTaskStaysOpen() {
        ProcessInstance instance = start(vendor.developer(), completeListing());
        String taskId = task(instance).getId();

        assertThatThrownBy(() -> submit(instance, Map.of("name", "MyEpic Diary", "termsAccepted", true)))
                .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("name");

        assertThat(instance).isWaitingAt(AppRegistrationProcess.TASK_FINALIZE);
        assertThat(task(instance).getId()).isEqualTo(taskId);
    }

    @Test
    void aNonQualifyingAppEndsActiveButNotEligible() {
        Map<String, Object> listing = completeListing();
        listing.put("audience", "CLINICIANS");
        ProcessInstance instance = start(vendor.developer(), listing);

        // as /engine-rest/task/{id}/complete does: variables on the execution, not the task
        String taskId = task(instance).getId();
        signedIn(vendor.developer(), () -> engine.getTaskService().complete(taskId, Map.of("termsAccepted", true)));

        assertThat(instance).isEnded();
        var verdict = apps.findById(UUID.fromString(instance.getBusinessKey())).orElseThrow().autoSync();
        assertThat(verdict.eligible()).isFalse();
        assertThat(verdict.reasons()).anyMatch(r -> r.contains("CLINICIANS"));
    }

    @Test
    void anInvalidListingRefusesTheStartAndLeavesNothing() {
        Map<String, Object> listing = completeListing();
        listing.put("name", "EPIC Diary");
        long before = engine.getHistoryService().createHistoricProcessInstanceQuery().count();

        assertThatThrownBy(() -> start(vendor.developer(), listing)).isInstanceOf(InvalidInputException.class);

        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().count()).isEqualTo(before);
        assertThat(apps.findByVendorIdOrderByCreatedAt(vendor.id())).isEmpty();
    }

    @Test
    void onlyADeveloperCanRegisterAnApp() {
        var organization = world.organization();

        assertThatThrownBy(() -> start(organization.purchaser(), completeListing()))
                .as("the engine lets only developers start it").isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> start(IntegrationTest.OPERATOR, completeListing()))
                .as("an operator may start it, but has no vendor to register for")
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void theRequesterIsTheEngineLoginNeverAVariable() {
        TestVendor other = world.vendor();
        Map<String, Object> variables = new HashMap<>(ListingForm.toVariables(toChanges(completeListing())));
        variables.put("requestedBy", other.developer());
        ProcessInstance instance = signedIn(vendor.developer(),
                () -> engine.getRuntimeService().startProcessInstanceByKey(AppRegistrationProcess.KEY, variables));

        var app = apps.findById(UUID.fromString(instance.getBusinessKey())).orElseThrow();
        assertThat(app.getVendorId()).isEqualTo(vendor.id());
        assertThat(app.getCreatedBy()).isEqualTo(vendor.developer());
    }

    @Test
    void withoutASignedInRequesterNoAppIsRegistered() {
        assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey(AppRegistrationProcess.KEY,
                ListingForm.toVariables(toChanges(completeListing()))))
                .isInstanceOfSatisfying(RuleRefusal.class,
                        refused -> assertThat(refused.refusal()).isInstanceOf(ForbiddenException.class));
    }

    @Test
    void theReviewOnItsOwnSendsErrorsOrActivates() {
        ProcessInstance registration = start(vendor.developer(), completeListing());
        String appId = registration.getBusinessKey();

        ProcessInstance withoutTerms = engine.getRuntimeService().startProcessInstanceByKey(
                AppRegistrationProcess.REVIEW_KEY, appId);
        assertThat(withoutTerms).isEnded().hasPassed(AppRegistrationProcess.END_READINESS_ERRORS).hasNotPassed(AppRegistrationProcess.TASK_ACTIVATE_APP);

        submit(registration, Map.of("termsAccepted", true));
        ProcessInstance again = engine.getRuntimeService().startProcessInstanceByKey(
                AppRegistrationProcess.REVIEW_KEY, appId);
        assertThat(again).isEnded().hasPassed(AppRegistrationProcess.TASK_ACTIVATE_APP, AppRegistrationProcess.END_APP_ACTIVATED);
    }

    @Test
    void aCopyGoesThroughAppRegistrationAndWaitsForItsDevelopers() {
        ProcessInstance first = start(vendor.developer(), completeListing());
        submit(first, Map.of("termsAccepted", true));
        String originalId = first.getBusinessKey();

        Reply copied = as(vendor.developer()).post("/api/apps/" + originalId + "/copy", Map.of());

        assertThat(copied.status()).as(copied.text()).isEqualTo(201);
        String copyId = copied.json().path("id").asText();
        ProcessInstance copy = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(AppRegistrationProcess.KEY).processInstanceBusinessKey(copyId).singleResult();
        assertThat(copy).isWaitingAt(AppRegistrationProcess.TASK_FINALIZE)
                .hasPassed(AppRegistrationProcess.TASK_CREATE_APP_RECORD)
                .variables().doesNotContainKeys("copyOf", "requestedBy");
        assertThat(task(copy)).hasCandidateGroup("vendor-" + vendor.id());
        assertThat(engine.getTaskService().getVariable(task(copy).getId(), "summary"))
                .as("the copy's form opens with the original's listing")
                .isEqualTo(apps.findById(UUID.fromString(originalId)).orElseThrow().getSummary());
        assertThat(apps.findById(UUID.fromString(copyId))).get().extracting(App::getPredecessorId)
                .isEqualTo(UUID.fromString(originalId));
    }

    @Test
    void copyOfIsNoStartFieldOverEngineRestAndAForgedOneIsRefusedAsUnknown() {
        String originalId = start(vendor.developer(), completeListing()).getBusinessKey();
        TestVendor forger = world.vendor();
        long instancesBefore = engine.getHistoryService().createHistoricProcessInstanceQuery().count();

        Reply forged = as(forger.developer()).post("/engine-rest/process-definition/key/appRegistration/start",
                engineRestStart(originalId));

        assertThat(forged.status()).as("only the start form's fields pass the door: " + forged.text()).isEqualTo(403);
        assertThat(forged.json().path("detail").asText()).contains("copyOf");
        assertThat(apps.findByVendorIdOrderByCreatedAt(forger.id())).isEmpty();
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().count()).isEqualTo(instancesBefore);

        Map<String, Object> copy = new HashMap<>(ListingForm.toVariables(toChanges(completeListing())));
        copy.put(AppRegistrationProcess.COPY_OF.name(), originalId);
        assertThatThrownBy(() -> signedIn(forger.developer(),
                () -> engine.getRuntimeService().startProcessInstanceByKey(AppRegistrationProcess.KEY, copy)))
                .as("even past the door, another vendor's app is unknown to the first step")
                .isInstanceOfSatisfying(RuleRefusal.class,
                        refused -> assertThat(refused.refusal()).isInstanceOf(NotFoundException.class));
        assertThat(apps.findByVendorIdOrderByCreatedAt(forger.id())).isEmpty();
    }

    /** A start as an /engine-rest client would send it: the listing's form fields and copyOf. */
    private static Map<String, Object> engineRestStart(String copyOf) {
        Map<String, Object> listing = completeListing();
        Map<String, Object> variables = new HashMap<>();
        for (String field : List.of("name", "publicDocumentationUrl", "summary", "description", "audience")) {
            variables.put(field, Map.of("value", listing.get(field)));
        }
        variables.put("incomingApis", Map.of("value", "Patient.Read (R4), Observation.Search (R4)"));
        variables.put("redirectUris", Map.of("value", "https://pulse.example.com/callback"));
        variables.put(AppRegistrationProcess.COPY_OF.name(), Map.of("value", copyOf));
        return Map.of("variables", variables);
    }

    /** As Tasklist submits the finalize form: the vendor's developer, signed in. */
    private void submit(ProcessInstance instance, Map<String, Object> form) {
        submit(vendor.developer(), task(instance).getId(), form);
    }

    /** As Tasklist starts it: the developer signed in, the start form's fields. */
    private ProcessInstance start(String developer, Map<String, Object> listing) {
        return signedIn(developer, () -> Refusals.unwrapped(() -> engine.getRuntimeService()
                .startProcessInstanceByKey(AppRegistrationProcess.KEY, ListingForm.toVariables(toChanges(listing)))));
    }

    @SuppressWarnings("unchecked")
    private static ListingChanges toChanges(Map<String, Object> listing) {
        return new ListingChanges((String) listing.get("name"), (String) listing.get("publicDocumentationUrl"),
                (String) listing.get("summary"), (String) listing.get("description"), (String) listing.get("audience"),
                (Boolean) listing.get("usesRefreshTokens"), (List<String>) listing.get("incomingApis"),
                (List<String>) listing.get("redirectUris"), (Map<String, String>) listing.get("dataUseAnswers"));
    }

    private static Map<String, Object> completeListing() {
        return TestListings.complete();
    }
}
