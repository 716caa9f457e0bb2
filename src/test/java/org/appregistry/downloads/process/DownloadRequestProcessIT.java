package org.appregistry.downloads.process;

import static org.appregistry.downloads.process.DownloadRequestProcess.TASK_RECORD_KICKOFF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.appregistry.agreements.AgreementService;
import org.appregistry.agreements.process.SubscriptionAgreementProcess;
import org.appregistry.common.ConflictException;
import org.appregistry.common.ForbiddenException;
import org.appregistry.common.InvalidInputException;
import org.appregistry.downloads.DownloadRequests;
import org.appregistry.downloads.DownloadService.NewRequest;
import org.appregistry.downloads.DownloadService;
import org.appregistry.downloads.Kickoff;
import org.appregistry.downloads.KickoffService;
import org.appregistry.downloads.RequestChecklist;
import org.appregistry.downloads.RequestSource;
import org.appregistry.downloads.RequestStatus;
import org.appregistry.downloads.Stakeholder;
import org.appregistry.downloads.StakeholderRole;
import org.appregistry.downloads.SyncStatus;
import org.appregistry.environments.EnvironmentRegistry;
import org.appregistry.notifications.NotificationKind;
import org.appregistry.notifications.NotificationRepository;
import org.appregistry.support.IntegrationTest;
import org.appregistry.support.TestListings;
import org.appregistry.support.TestWorld.TestOrganization;
import org.appregistry.support.TestWorld.TestVendor;
import org.appregistry.workflow.RuleRefusal;
import org.appregistry.credentials.process.SecretProvisioningProcess;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path of downloadRequest and subscriptionAgreement with the real engine, from the
 * pre-request checklist to the kickoff call; jobs are driven by the test. The environments are
 * the built-in registry over real HTTP.
 */
class DownloadRequestProcessIT extends IntegrationTest {

    @Autowired
    DownloadService downloads;
    @Autowired
    AgreementService agreements;
    @Autowired
    EnvironmentRegistry registry;
    @Autowired
    NotificationRepository notifications;
    @Autowired
    DownloadRequests starter;
    @Autowired
    KickoffService kickoffs;

    TestVendor vendor;
    TestOrganization organization;

    @BeforeEach
    void world() {
        vendor = world.vendor();
        organization = world.organization();
    }

    @Test
    void withTheAgreementSignedAnEligibleAppIsApprovedAndSynced() {
        sign();
        var app = activeApp(vendor.developer(), TestListings.complete());
        ProcessInstance instance = start(organization.purchaser(), app.path("nonProductionClientId").asText());
        UUID requestId = UUID.fromString(instance.getBusinessKey());
        assertThat(downloads.get(requestId).getStatus()).isEqualTo(RequestStatus.AWAITING_AGREEMENT);

        executeDueJobs();

        assertThat(instance).hasPassed(DownloadRequestProcess.CALL_SYNC_ENVIRONMENTS, DownloadRequestProcess.TASK_APPROVE_REQUEST)
                .hasNotPassed(DownloadRequestProcess.CALL_PROVISION_CREDENTIALS, DownloadRequestProcess.TASK_SETTLE_REFRESH_TOKEN_DURATION)
                .isWaitingAt(TASK_RECORD_KICKOFF);
        assertThat(downloads.get(requestId).getStatus()).isEqualTo(RequestStatus.SYNCED);
        assertThat(downloads.environmentsOf(requestId)).extracting(e -> e.getSyncStatus())
                .containsOnly(SyncStatus.SYNCED);
        UUID production = UUID.fromString(app.path("productionClientId").asText());
        UUID nonProduction = UUID.fromString(app.path("nonProductionClientId").asText());
        assertThat(registry.find(organization.id(), "PRD", production)).isPresent();
        assertThat(registry.find(organization.id(), "TST", nonProduction)).isPresent();
        assertThat(registry.find(organization.id(), "TST", production)).isEmpty();
        assertThat(notifications.findByRequestIdOrderByCreatedAt(requestId)).extracting(n -> n.getKind())
                .contains(NotificationKind.REQUEST_SYNCED);
    }

    @Test
    void withoutTheAgreementAPurchaserSignsInTasklistAndTheRequestGoesOn() {
        var app = activeApp(vendor.developer(), TestListings.complete());
        ProcessInstance instance = start(organization.purchaser(), app.path("productionClientId").asText());
        executeDueJobs();

        ProcessInstance check = agreementCheckOf(instance);
        assertThat(check).isWaitingAt(SubscriptionAgreementProcess.TASK_SIGN);
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(check.getId()).singleResult();
        assertThat(engine.getTaskService().getIdentityLinksForTask(task.getId()))
                .anyMatch(link -> ("org-" + organization.id() + "-purchasers").equals(link.getGroupId()));

        submit(organization.purchaser(), task.getId(),
                Map.of("signerName", "Pat Purchaser", "signerTitle", "CIO", "accept", true));
        executeDueJobs();

        assertThat(check).isEnded().hasPassed(SubscriptionAgreementProcess.TASK_RELEASE_WAITING_CHECKS, SubscriptionAgreementProcess.END_AGREEMENT_SIGNED);
        assertThat(agreements.of(organization.id())).get().satisfies(a -> {
            assertThat(a.getSignedBy()).isEqualTo(organization.purchaser());
            assertThat(a.getSignerTitle()).isEqualTo("CIO");
            assertThat(a.getAgreementVersion()).isEqualTo(AgreementService.CURRENT_VERSION);
        });
        assertThat(instance).hasPassed(DownloadRequestProcess.CALL_SYNC_ENVIRONMENTS).isWaitingAt(TASK_RECORD_KICKOFF);
    }

    @Test
    void aMemberWithoutThePurchaseRightCannotSignInTasklist() {
        var app = activeApp(vendor.developer(), TestListings.complete());
        ProcessInstance instance = start(organization.purchaser(), app.path("productionClientId").asText());
        executeDueJobs();
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(agreementCheckOf(instance).getId())
                .singleResult();
        Map<String, Object> form = Map.of("signerName", "Mo Member", "signerTitle", "Clerk", "accept", true);

        assertThatThrownBy(() -> submit(organization.member(), task.getId(), form))
                .as("the engine: not a candidate").isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> submit(OPERATOR, task.getId(), form))
                .as("the use case: may work the task, but is no purchaser").hasRootCauseInstanceOf(ForbiddenException.class);
        assertThat(agreements.isSigned(organization.id())).isFalse();
    }

    @Test
    void oneSignatureReleasesEveryWaitingRequestOfTheOrganisation() {
        var first = activeApp(vendor.developer(), TestListings.complete());
        var second = activeApp(vendor.developer(), TestListings.complete());
        ProcessInstance one = start(organization.purchaser(), first.path("productionClientId").asText());
        ProcessInstance two = start(organization.purchaser(), second.path("productionClientId").asText());
        executeDueJobs();
        ProcessInstance checkOne = agreementCheckOf(one);
        ProcessInstance checkTwo = agreementCheckOf(two);
        assertThat(checkOne).isWaitingAt(SubscriptionAgreementProcess.TASK_SIGN);
        assertThat(checkTwo).isWaitingAt(SubscriptionAgreementProcess.TASK_SIGN);

        signAgreement(organization);
        executeDueJobs();

        assertThat(checkOne).as("/api answered the oldest waiting check")
                .isEnded().hasPassed(SubscriptionAgreementProcess.END_AGREEMENT_SIGNED);
        assertThat(checkTwo).as("which released the other, in a job of its own")
                .isEnded().hasPassed(SubscriptionAgreementProcess.END_SIGNED_ELSEWHERE);
        assertThat(one).hasPassed(DownloadRequestProcess.CALL_SYNC_ENVIRONMENTS).isWaitingAt(TASK_RECORD_KICKOFF);
        assertThat(two).hasPassed(DownloadRequestProcess.CALL_SYNC_ENVIRONMENTS).isWaitingAt(TASK_RECORD_KICKOFF);
    }

    @Test
    void theReminderTellsThePurchasersWhileTheAgreementWaits() {
        var app = activeApp(vendor.developer(), TestListings.complete());
        ProcessInstance instance = start(organization.purchaser(), app.path("productionClientId").asText());
        executeDueJobs();
        ProcessInstance check = agreementCheckOf(instance);

        var timer = engine.getManagementService().createJobQuery().processInstanceId(check.getId()).timers()
                .singleResult();
        engine.getManagementService().executeJob(timer.getId());

        assertThat(check).isWaitingAt(SubscriptionAgreementProcess.TASK_SIGN).hasPassed(SubscriptionAgreementProcess.TASK_REMIND_PURCHASERS);
        assertThat(notifications.findByRecipientGroupInOrderByCreatedAtDesc(
                List.of("org-" + organization.id() + "-purchasers")))
                .extracting(n -> n.getKind())
                .contains(NotificationKind.AGREEMENT_REMINDER, NotificationKind.AGREEMENT_AWAITING_SIGNATURE);
    }

    @Test
    void anAppNeedingCredentialsWaitsForTheVendorsDevelopers() {
        sign();
        var app = activeApp(vendor.developer(), TestListings.completeWith("audience", "BACKEND_SYSTEMS"));
        ProcessInstance instance = start(organization.purchaser(), app.path("productionClientId").asText());

        executeDueJobs();

        assertThat(instance).isWaitingAt(DownloadRequestProcess.CALL_PROVISION_CREDENTIALS).hasNotPassed(DownloadRequestProcess.TASK_APPROVE_REQUEST);
        UUID requestId = UUID.fromString(instance.getBusinessKey());
        assertThat(downloads.get(requestId).getStatus()).isEqualTo(RequestStatus.NOT_RESPONDED);
        Task task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(requestId.toString())
                .singleResult();
        assertThat(task.getTaskDefinitionKey()).isEqualTo(SecretProvisioningProcess.TASK_PROVIDE);
        assertThat(engine.getTaskService().getIdentityLinksForTask(task.getId()))
                .anyMatch(link -> ("vendor-" + vendor.id()).equals(link.getGroupId()));
    }

    @Test
    void aRefreshTokenAppGetsItsDurationSettled() {
        sign();
        var app = activeApp(vendor.developer(), TestListings.completeWith("usesRefreshTokens", true));
        ProcessInstance instance = start(organization.purchaser(), app.path("productionClientId").asText());

        executeDueJobs();

        assertThat(instance).hasPassed(DownloadRequestProcess.TASK_SETTLE_REFRESH_TOKEN_DURATION).isWaitingAt(DownloadRequestProcess.CALL_PROVISION_CREDENTIALS);
        assertThat(downloads.get(UUID.fromString(instance.getBusinessKey())).getRefreshTokenDurationHours())
                .isEqualTo(DownloadService.DEFAULT_REFRESH_TOKEN_DURATION_HOURS);
    }

    @Test
    void theRulesRefuseTheStartAndLeaveNothing() {
        var draft = as(vendor.developer()).post("/api/apps", TestListings.complete()).json();
        String stranger = world.organization().purchaser();
        long before = engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("downloadRequest")
                .count();

        assertThatThrownBy(() -> start(organization.purchaser(), draft.path("productionClientId").asText()))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> signedIn(stranger, () -> engine.getRuntimeService().startProcessInstanceByKey(
                DownloadRequestProcess.KEY, Map.of("organizationId", organization.id().toString(),
                        "clientId", draft.path("productionClientId").asText()))))
                .isInstanceOfSatisfying(RuleRefusal.class,
                        refused -> assertThat(refused.refusal()).isInstanceOf(ForbiddenException.class));
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("downloadRequest")
                .count()).isEqualTo(before);
    }

    @Test
    void theAutoSyncSourceIsOnlyTheApplicationsOwn() {
        sign();
        var app = activeApp(vendor.developer(), TestListings.complete());
        ProcessInstance instance = signedIn(organization.purchaser(), () -> engine.getRuntimeService()
                .startProcessInstanceByKey(DownloadRequestProcess.KEY, Map.of("source", "AUTO_SYNC",
                        "clientId", app.path("productionClientId").asText())));

        assertThat(downloads.get(UUID.fromString(instance.getBusinessKey())).getSource())
                .isEqualTo(RequestSource.MANUAL);
    }

    @Test
    void eachAcknowledgementNotGivenIsAWarningAndTheRequestGoesOn() {
        sign();
        var app = activeApp(vendor.developer(), TestListings.complete());
        // as Tasklist's start form submits it: one box ticked, two left empty
        ProcessInstance instance = signedIn(organization.purchaser(), () -> engine.getRuntimeService()
                .startProcessInstanceByKey(DownloadRequestProcess.KEY, Map.of(
                        "clientId", app.path("productionClientId").asText(),
                        "workedWithTechnicalCoordinator", true, "productsAndInterfacesInPlace", false)));
        UUID requestId = UUID.fromString(instance.getBusinessKey());

        var request = downloads.get(requestId);
        assertThat(request.getWorkedWithTechnicalCoordinator()).isTrue();
        assertThat(request.getProductsAndInterfacesInPlace()).isFalse();
        assertThat(request.getCostsEvaluated()).isFalse();
        assertThat(request.getChecklistWarnings()).hasSize(2)
                .anySatisfy(w -> assertThat(w).contains("products and interfaces"))
                .anySatisfy(w -> assertThat(w).contains("costs"));
        executeDueJobs();
        assertThat(instance).as("typed into Tasklist: the purchaser sees the app first")
                .isWaitingAt(DownloadRequestProcess.TASK_CONFIRM_APP);
        submit(organization.purchaser(), confirmTask(instance), Map.of("requestApp", "request"));
        executeDueJobs();
        assertThat(downloads.get(requestId).getStatus()).isEqualTo(RequestStatus.SYNCED);
    }

    @Test
    void aTasklistRequestWaitsForThePurchaserToSeeTheAppAndIsGoneWhenNotWanted() {
        sign();
        var app = activeApp(vendor.developer(), TestListings.complete());
        ProcessInstance typed = signedIn(organization.purchaser(), () -> engine.getRuntimeService()
                .startProcessInstanceByKey(DownloadRequestProcess.KEY, Map.of(
                        "clientId", app.path("productionClientId").asText())));
        executeDueJobs();
        String taskId = confirmTask(typed);
        assertThat(engine.getTaskService().getVariableLocal(taskId, "appName")).isEqualTo(app.path("name").asText());
        assertThat(engine.getTaskService().getVariableLocal(taskId, "developerName")).isEqualTo(vendor.name());
        assertThat(engine.getTaskService().getIdentityLinksForTask(taskId))
                .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("org-" + organization.id() + "-purchasers"));
        assertThatThrownBy(() -> submit(organization.member(), taskId, Map.of("requestApp", "request")))
                .as("a member without the purchase right").isInstanceOf(AuthorizationException.class);

        submit(organization.purchaser(), taskId, Map.of("requestApp", "discard"));

        assertThat(typed).isEnded().hasPassed(DownloadRequestProcess.END_APP_NOT_WANTED);
        assertThat(downloads.find(UUID.fromString(app.path("id").asText()), organization.id()))
                .as("discarded as if never made").isEmpty();
        ProcessInstance viaApi = start(organization.purchaser(), app.path("productionClientId").asText());
        assertThat(viaApi).as("/api showed the app: no confirmation").hasPassed(DownloadRequestProcess.TASK_REGISTER_REQUEST);
        executeDueJobs();
        assertThat(downloads.get(UUID.fromString(viaApi.getBusinessKey())).getStatus()).isEqualTo(RequestStatus.SYNCED);
    }

    private String confirmTask(ProcessInstance instance) {
        return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(DownloadRequestProcess.TASK_CONFIRM_APP).singleResult().getId();
    }

    @Test
    void everyAcknowledgementGivenLeavesNoWarning() {
        var app = activeApp(vendor.developer(), TestListings.complete());
        UUID requestId = starter.request(new NewRequest(organization.id(), app.path("productionClientId").asText(), null,
                RequestSource.MANUAL, organization.purchaser(), new RequestChecklist(true, true, true)));

        var request = downloads.get(requestId);
        assertThat(request.getChecklistWarnings()).isEmpty();
        assertThat(List.of(request.getWorkedWithTechnicalCoordinator(), request.getProductsAndInterfacesInPlace(),
                request.getCostsEvaluated())).containsOnly(true);
    }

    @Test
    void afterTheSyncThePurchasersAndTheDevelopersAreAskedForTheKickoff() {
        ProcessInstance instance = syncedRequest();

        Task task = kickoffTask(instance);
        assertThat(task.getName()).isEqualTo("Record the kickoff call");
        assertThat(engine.getTaskService().getIdentityLinksForTask(task.getId()))
                .extracting(link -> link.getGroupId())
                .containsExactlyInAnyOrder("org-" + organization.id() + "-purchasers", "vendor-" + vendor.id());
        assertThat(engine.getTaskService().getVariableLocal(task.getId(), "appName")).isNotNull();
        assertThat(downloads.get(requestIdOf(instance)).getStatus()).isEqualTo(RequestStatus.SYNCED);
        assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId())
                .taskCandidateUser(organization.purchaser()).count()).isOne();
        for (String outsider : List.of(organization.member(), world.organization().purchaser(),
                world.vendor().developer())) {
            assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).taskCandidateUser(outsider)
                    .count()).as(outsider).isZero();
        }
    }

    @Test
    void aPurchaserRecordsTheKickoffInTasklistAndTheProcessKeepsOnlyIds() {
        ProcessInstance instance = syncedRequest();
        Task task = kickoffTask(instance);

        Map<String, Object> form = new HashMap<>();
        form.put(DownloadRequestProcess.SKIP_KICKOFF, false);
        form.put(DownloadRequestProcess.KICKOFF_DATE, "2026-03-02");
        form.put(DownloadRequestProcess.KICKOFF_GOALS, "Go live in the emergency department");
        form.put(DownloadRequestProcess.KICKOFF_SCOPE, "Two departments");
        form.put(DownloadRequestProcess.KICKOFF_MILESTONES, "Test by April, live by June");
        form.put(DownloadRequestProcess.STAKEHOLDER_FIELDS.get(StakeholderRole.DEVELOPER), "Dana Dev");
        form.put(DownloadRequestProcess.STAKEHOLDER_FIELDS.get(StakeholderRole.PROJECT_MANAGER), "Pat Manager");
        form.put(DownloadRequestProcess.STAKEHOLDER_FIELDS.get(StakeholderRole.NETWORK_ENGINEER), "");
        form.put(DownloadRequestProcess.STAKEHOLDER_FIELDS.get(StakeholderRole.TECHNICAL_COORDINATOR), "Tess Coordinator");
        submit(organization.purchaser(), task.getId(), form);

        assertThat(instance).isEnded().hasPassed(DownloadRequestProcess.END_KICKOFF_SETTLED);
        Kickoff kickoff = kickoffs.of(requestIdOf(instance)).orElseThrow();
        assertThat(kickoff.isSkipped()).isFalse();
        assertThat(kickoff.getCallDate()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(kickoff.getGoals()).isEqualTo("Go live in the emergency department");
        assertThat(kickoff.getMilestones()).isEqualTo("Test by April, live by June");
        assertThat(kickoff.getRecordedBy()).isEqualTo(organization.purchaser());
        assertThat(kickoff.getStakeholders()).containsExactly(
                new Stakeholder(StakeholderRole.DEVELOPER, "Dana Dev"),
                new Stakeholder(StakeholderRole.PROJECT_MANAGER, "Pat Manager"),
                new Stakeholder(StakeholderRole.TECHNICAL_COORDINATOR, "Tess Coordinator"));
        assertThat(downloads.get(requestIdOf(instance)).getStatus()).isEqualTo(RequestStatus.SYNCED);
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableNameIn(form.keySet().toArray(String[]::new)).includeDeleted().list())
                .as("the form's fields left the process").isNotEmpty()
                .allSatisfy(variable -> assertThat(variable.getState()).isEqualTo("DELETED"));
    }

    @Test
    void aPurchaserMaySayThatNoKickoffWillBeRecorded() {
        ProcessInstance instance = syncedRequest();
        Task task = kickoffTask(instance);

        submit(organization.purchaser(), task.getId(), Map.of("skipKickoff", true, "kickoffGoals", "ignored"));

        assertThat(instance).isEnded().hasPassed(DownloadRequestProcess.END_KICKOFF_SETTLED);
        Kickoff kickoff = kickoffs.of(requestIdOf(instance)).orElseThrow();
        assertThat(kickoff.isSkipped()).isTrue();
        assertThat(kickoff.getGoals()).isNull();
        assertThat(kickoff.getRecordedBy()).isEqualTo(organization.purchaser());
    }

    @Test
    void aKickoffWithoutItsDateAndGoalsIsRefusedAndTheTaskStaysOpen() {
        ProcessInstance instance = syncedRequest();
        Task task = kickoffTask(instance);

        assertThatThrownBy(() -> submit(organization.purchaser(), task.getId(),
                Map.of("kickoffScope", "Two departments")))
                .rootCause().isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field()).containsExactly("date", "goals"));
        assertThatThrownBy(() -> submit(organization.purchaser(), task.getId(),
                Map.of("kickoffDate", "2 March", "kickoffGoals", "Go live")))
                .rootCause().isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field()).containsExactly("date"));

        assertThat(instance).isWaitingAt(TASK_RECORD_KICKOFF);
        assertThat(kickoffs.of(requestIdOf(instance))).isEmpty();
    }

    @Test
    void onlyAPurchaserOfTheOrganisationOrADeveloperOfTheAppRecordsTheKickoff() {
        ProcessInstance instance = syncedRequest();
        Task task = kickoffTask(instance);

        for (String outsider : List.of(organization.member(), world.organization().purchaser(),
                world.vendor().developer())) {
            assertThatThrownBy(() -> submit(outsider, task.getId(), Map.of("skipKickoff", true)))
                    .as(outsider + ": the engine, not a candidate").isInstanceOf(AuthorizationException.class);
        }
        assertThatThrownBy(() -> submit(OPERATOR, task.getId(), Map.of("skipKickoff", true)))
                .as("the use case: may work the task, but is no purchaser").hasRootCauseInstanceOf(ForbiddenException.class);

        assertThat(instance).isWaitingAt(TASK_RECORD_KICKOFF);
        assertThat(kickoffs.of(requestIdOf(instance))).isEmpty();
    }

    @Test
    void theKickoffReminderTellsThePurchasersWhileTheTaskWaits() {
        ProcessInstance instance = syncedRequest();
        var timer = engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).timers()
                .singleResult();
        assertThat(Duration.between(clock.instant(), timer.getDuedate().toInstant()))
                .as("registry.reminders.kickoff").isBetween(Duration.ofDays(14).minusHours(1), Duration.ofDays(14));

        engine.getManagementService().executeJob(timer.getId());

        assertThat(instance).hasPassed(DownloadRequestProcess.TASK_REMIND_KICKOFF, DownloadRequestProcess.END_KICKOFF_REMINDER_SENT)
                .isWaitingAt(TASK_RECORD_KICKOFF);
        assertThat(notifications.findByRequestIdOrderByCreatedAt(requestIdOf(instance)))
                .filteredOn(n -> n.getKind() == NotificationKind.KICKOFF_REMINDER)
                .extracting(n -> n.getRecipientGroup()).containsExactly("org-" + organization.id() + "-purchasers");
    }

    @Test
    void anAutoSyncedRequestAsksForNoKickoffAndCarriesEveryWarning() {
        sign();
        var app = activeApp(vendor.developer(), TestListings.complete());
        UUID requestId = starter.request(new NewRequest(organization.id(), app.path("productionClientId").asText(), null,
                RequestSource.AUTO_SYNC, null, RequestChecklist.NOTHING_ACKNOWLEDGED));
        ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(requestId.toString()).processDefinitionKey(DownloadRequestProcess.KEY)
                .singleResult();

        executeDueJobs();

        assertThat(instance).isEnded().hasPassed(DownloadRequestProcess.END_CLIENT_RECORD_SYNCED).hasNotPassed(TASK_RECORD_KICKOFF);
        assertThat(downloads.get(requestId).getStatus()).isEqualTo(RequestStatus.SYNCED);
        assertThat(downloads.get(requestId).getChecklistWarnings()).hasSize(3);
    }

    private void sign() {
        signAgreement(organization);
    }

    private ProcessInstance start(String purchaser, String clientId) {
        UUID requestId = starter.request(new NewRequest(organization.id(), clientId, null, RequestSource.MANUAL,
                purchaser, RequestChecklist.NOTHING_ACKNOWLEDGED));
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(requestId.toString())
                .processDefinitionKey(DownloadRequestProcess.KEY).singleResult();
    }

    /** A purchaser's request of an eligible app, synced: its kickoff task is open. */
    private ProcessInstance syncedRequest() {
        sign();
        ProcessInstance instance = start(organization.purchaser(),
                activeApp(vendor.developer(), TestListings.complete()).path("productionClientId").asText());
        executeDueJobs();
        assertThat(instance).isWaitingAt(TASK_RECORD_KICKOFF);
        return instance;
    }

    private Task kickoffTask(ProcessInstance request) {
        return engine.getTaskService().createTaskQuery().processInstanceId(request.getId())
                .taskDefinitionKey(TASK_RECORD_KICKOFF).singleResult();
    }

    private static UUID requestIdOf(ProcessInstance request) {
        return UUID.fromString(request.getBusinessKey());
    }

    /** The running agreement check called by a request; keep it to assert on it once it ended. */
    private ProcessInstance agreementCheckOf(ProcessInstance request) {
        return engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(request.getId())
                .processDefinitionKey("subscriptionAgreement").singleResult();
    }
}
