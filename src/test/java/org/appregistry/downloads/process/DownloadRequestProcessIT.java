package org.appregistry.downloads.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.appregistry.agreements.AgreementService;
import org.appregistry.agreements.process.AgreementSignatures;
import org.appregistry.common.ConflictException;
import org.appregistry.common.ForbiddenException;
import org.appregistry.downloads.DownloadService;
import org.appregistry.downloads.DownloadService.NewRequest;
import org.appregistry.downloads.RequestChecklist;
import org.appregistry.downloads.RequestSource;
import org.appregistry.downloads.RequestStatus;
import org.appregistry.downloads.SyncStatus;
import org.appregistry.environments.EnvironmentRegistry;
import org.appregistry.notifications.NotificationKind;
import org.appregistry.notifications.NotificationRepository;
import org.appregistry.support.IntegrationTest;
import org.appregistry.support.TestListings;
import org.appregistry.support.TestWorld.TestOrganization;
import org.appregistry.support.TestWorld.TestVendor;
import org.appregistry.workflow.Requester;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path of downloadRequest and subscriptionAgreement with the real engine; jobs are driven
 * by the test. The environments are the built-in registry over real HTTP.
 */
class DownloadRequestProcessIT extends IntegrationTest {

    @Autowired
    DownloadService downloads;
    @Autowired
    AgreementService agreements;
    @Autowired
    AgreementSignatures signatures;
    @Autowired
    EnvironmentRegistry registry;
    @Autowired
    NotificationRepository notifications;
    @Autowired
    DownloadRequestStarter starter;

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

        assertThat(instance).isEnded().hasPassed("EndEvent_ClientRecordSynced", "Task_ApproveRequest")
                .hasNotPassed("CallActivity_ProvisionCredentials", "Task_SettleRefreshTokenDuration");
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
        assertThat(check).isWaitingAt("Task_SignAgreement");
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(check.getId()).singleResult();
        assertThat(engine.getTaskService().getIdentityLinksForTask(task.getId()))
                .anyMatch(link -> ("org-" + organization.id() + "-purchasers").equals(link.getGroupId()));

        engine.getTaskService().setAssignee(task.getId(), organization.purchaser());
        engine.getFormService().submitTaskForm(task.getId(),
                Map.of("signerName", "Pat Purchaser", "signerTitle", "CIO", "accept", true));
        executeDueJobs();

        assertThat(check).isEnded().hasPassed("Task_ReleaseWaitingChecks", "EndEvent_AgreementSigned");
        assertThat(agreements.of(organization.id())).get().satisfies(a -> {
            assertThat(a.getSignedBy()).isEqualTo(organization.purchaser());
            assertThat(a.getSignerTitle()).isEqualTo("CIO");
            assertThat(a.getAgreementVersion()).isEqualTo(AgreementService.CURRENT_VERSION);
        });
        assertThat(instance).isEnded();
    }

    @Test
    void aMemberWithoutThePurchaseRightCannotSignInTasklist() {
        var app = activeApp(vendor.developer(), TestListings.complete());
        ProcessInstance instance = start(organization.purchaser(), app.path("productionClientId").asText());
        executeDueJobs();
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(agreementCheckOf(instance).getId())
                .singleResult();
        engine.getTaskService().setAssignee(task.getId(), organization.member());

        assertThatThrownBy(() -> engine.getFormService().submitTaskForm(task.getId(),
                Map.of("signerName", "Mo Member", "signerTitle", "Clerk", "accept", true)))
                .hasRootCauseInstanceOf(ForbiddenException.class);
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
        assertThat(checkOne).isWaitingAt("Task_SignAgreement");
        assertThat(checkTwo).isWaitingAt("Task_SignAgreement");

        signatures.sign(organization.id(), organization.purchaser(), true, "Pat Purchaser", "CIO");
        executeDueJobs();

        assertThat(checkOne).isEnded().hasPassed("EndEvent_SignedElsewhere");
        assertThat(checkTwo).isEnded().hasPassed("EndEvent_SignedElsewhere");
        assertThat(one).isEnded();
        assertThat(two).isEnded();
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

        assertThat(check).isWaitingAt("Task_SignAgreement").hasPassed("Task_RemindPurchasers");
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

        assertThat(instance).isWaitingAt("CallActivity_ProvisionCredentials").hasNotPassed("Task_ApproveRequest");
        UUID requestId = UUID.fromString(instance.getBusinessKey());
        assertThat(downloads.get(requestId).getStatus()).isEqualTo(RequestStatus.NOT_RESPONDED);
        Task task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(requestId.toString())
                .singleResult();
        assertThat(task.getTaskDefinitionKey()).isEqualTo("Task_ProvideCredentials");
        assertThat(engine.getTaskService().getIdentityLinksForTask(task.getId()))
                .anyMatch(link -> ("vendor-" + vendor.id()).equals(link.getGroupId()));
    }

    @Test
    void aRefreshTokenAppGetsItsDurationSettled() {
        sign();
        var app = activeApp(vendor.developer(), TestListings.completeWith("usesRefreshTokens", true));
        ProcessInstance instance = start(organization.purchaser(), app.path("productionClientId").asText());

        executeDueJobs();

        assertThat(instance).hasPassed("Task_SettleRefreshTokenDuration").isWaitingAt("CallActivity_ProvisionCredentials");
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
        assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey(DownloadRequestProcess.KEY,
                Map.of(Requester.REQUESTED_BY.name(), stranger, "organizationId", organization.id().toString(),
                        "clientId", draft.path("productionClientId").asText())))
                .isInstanceOf(ForbiddenException.class);
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("downloadRequest")
                .count()).isEqualTo(before);
    }

    @Test
    void theAutoSyncSourceIsOnlyTheApplicationsOwn() {
        sign();
        var app = activeApp(vendor.developer(), TestListings.complete());
        ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey(DownloadRequestProcess.KEY,
                Map.of(Requester.REQUESTED_BY.name(), organization.purchaser(), "source", "AUTO_SYNC",
                        "clientId", app.path("productionClientId").asText()));

        assertThat(downloads.get(UUID.fromString(instance.getBusinessKey())).getSource())
                .isEqualTo(RequestSource.MANUAL);
    }

    @Test
    void eachAcknowledgementNotGivenIsAWarningAndTheRequestGoesOn() {
        sign();
        var app = activeApp(vendor.developer(), TestListings.complete());
        // as Tasklist's start form submits it: one box ticked, two left empty
        ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey(DownloadRequestProcess.KEY,
                Map.of(Requester.REQUESTED_BY.name(), organization.purchaser(),
                        "clientId", app.path("productionClientId").asText(),
                        "workedWithTechnicalCoordinator", true, "productsAndInterfacesInPlace", false));
        UUID requestId = UUID.fromString(instance.getBusinessKey());

        var request = downloads.get(requestId);
        assertThat(request.getWorkedWithTechnicalCoordinator()).isTrue();
        assertThat(request.getProductsAndInterfacesInPlace()).isFalse();
        assertThat(request.getCostsEvaluated()).isFalse();
        assertThat(request.getChecklistWarnings()).hasSize(2)
                .anySatisfy(w -> assertThat(w).contains("products and interfaces"))
                .anySatisfy(w -> assertThat(w).contains("costs"));
        executeDueJobs();
        assertThat(downloads.get(requestId).getStatus()).isEqualTo(RequestStatus.SYNCED);
    }

    @Test
    void everyAcknowledgementGivenLeavesNoWarning() {
        var app = activeApp(vendor.developer(), TestListings.complete());
        UUID requestId = starter.start(new NewRequest(organization.id(), app.path("productionClientId").asText(), null,
                RequestSource.MANUAL, organization.purchaser(), new RequestChecklist(true, true, true)));

        var request = downloads.get(requestId);
        assertThat(request.getChecklistWarnings()).isEmpty();
        assertThat(List.of(request.getWorkedWithTechnicalCoordinator(), request.getProductsAndInterfacesInPlace(),
                request.getCostsEvaluated())).containsOnly(true);
    }

    private void sign() {
        agreements.sign(organization.id(), organization.purchaser(), true, "Pat Purchaser", "CIO");
    }

    private ProcessInstance start(String purchaser, String clientId) {
        UUID requestId = starter.start(new NewRequest(organization.id(), clientId, null, RequestSource.MANUAL,
                purchaser, RequestChecklist.NOTHING_ACKNOWLEDGED));
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(requestId.toString())
                .processDefinitionKey(DownloadRequestProcess.KEY).singleResult();
    }

    /** The running agreement check called by a request; keep it to assert on it once it ended. */
    private ProcessInstance agreementCheckOf(ProcessInstance request) {
        return engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(request.getId())
                .processDefinitionKey("subscriptionAgreement").singleResult();
    }
}
