package org.appregistry.credentials.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.appregistry.agreements.AgreementService;
import org.appregistry.agreements.AgreementTasks.Signature;
import org.appregistry.common.ConflictException;
import org.appregistry.common.InvalidInputException;
import org.appregistry.common.NotFoundException;
import org.appregistry.common.TaskAnswers;
import org.appregistry.credentials.CredentialService.Provision;
import org.appregistry.credentials.CredentialService;
import org.appregistry.credentials.CredentialTasks;
import org.appregistry.credentials.CredentialType;
import org.appregistry.credentials.TestCertificates;
import org.appregistry.downloads.DownloadRequests;
import org.appregistry.downloads.DownloadService.NewRequest;
import org.appregistry.downloads.DownloadService;
import org.appregistry.downloads.RequestChecklist;
import org.appregistry.downloads.RequestSource;
import org.appregistry.downloads.RequestStatus;
import org.appregistry.notifications.NotificationKind;
import org.appregistry.notifications.NotificationRepository;
import org.appregistry.support.IntegrationTest;
import org.appregistry.support.TestListings;
import org.appregistry.support.TestWorld.TestOrganization;
import org.appregistry.support.TestWorld.TestVendor;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every choice of secretProvisioning, from Tasklist's form and from /api, and its reminder. */
class SecretProvisioningProcessIT extends IntegrationTest {

    static final String OWN_PRODUCTION_SECRET = "Prod-Secret-For-Tasklist-0123456789abcdef";
    static final String OWN_NON_PRODUCTION_SECRET = "Test-Secret-For-Tasklist-0123456789abcdef";

    @Autowired
    DownloadService downloads;
    @Autowired
    CredentialService credentials;
    @Autowired
    AgreementService agreements;
    @Autowired
    DownloadRequests starter;
    @Autowired
    TaskAnswers tasks;
    @Autowired
    NotificationRepository notifications;

    TestVendor vendor;
    TestOrganization organization;

    @BeforeEach
    void world() {
        vendor = world.vendor();
        organization = world.organization();
        agreements.sign(organization.id(), organization.purchaser(), new Signature(true, "Pat Purchaser", "CIO"));
    }

    @Test
    void ownSecretsFromTheFormEnableTheRequestAndLeaveNoVariable() {
        UUID requestId = awaitingCredentials("BACKEND_SYSTEMS");
        ProcessInstance provisioning = provisioningOf(requestId);

        submit(requestId, Map.of("credentialMode", "SET", "productionSecret", OWN_PRODUCTION_SECRET,
                "nonProductionSecret", OWN_NON_PRODUCTION_SECRET));

        assertThat(downloads.get(requestId).getStatus()).isEqualTo(RequestStatus.KEYS_ENABLED);
        assertThat(credentials.ofRequest(requestId)).extracting(c -> c.getType())
                .containsOnly(CredentialType.CLIENT_SECRET);
        assertThat(provisioning).isEnded().hasPassed(SecretProvisioningProcess.TASK_ENABLE_REQUEST, SecretProvisioningProcess.END_REQUEST_ENABLED);
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(provisioning.getId()).variableNameLike("%Secret").count()).isZero();
    }

    @Test
    void certificatesFromTheFormEnableTheRequest() {
        UUID requestId = awaitingCredentials("BACKEND_SYSTEMS");

        submit(requestId, Map.of("credentialMode", "PUBLIC_KEY",
                "productionCertificate", TestCertificates.rsa(2048).pem(),
                "nonProductionCertificate", TestCertificates.ec("secp384r1").pem()));

        assertThat(downloads.get(requestId).getStatus()).isEqualTo(RequestStatus.KEYS_ENABLED);
        assertThat(credentials.ofRequest(requestId)).extracting(c -> c.getKeyType())
                .containsExactlyInAnyOrder("RSA-2048", "EC-P384");
    }

    @Test
    void aJwkSetUrlFromTheFormEnablesTheRequest() {
        UUID requestId = awaitingCredentials("BACKEND_SYSTEMS");

        submit(requestId, Map.of("credentialMode", "JWKS_URL", "productionJwksUrl", "https://keys.example.com/prod.json",
                "nonProductionJwksUrl", "https://keys.example.com/test.json"));

        assertThat(credentials.ofRequest(requestId)).extracting(c -> c.getJwksUrl())
                .containsExactlyInAnyOrder("https://keys.example.com/prod.json", "https://keys.example.com/test.json");
    }

    @Test
    void enablingWithoutSecretsMakesRefreshTokensUnavailable() {
        UUID requestId = awaitingCredentials("PATIENTS");

        submit(requestId, Map.of("credentialMode", "NONE"));

        assertThat(downloads.get(requestId).getStatus()).isEqualTo(RequestStatus.ENABLED_WITHOUT_SECRETS);
        assertThat(credentials.hasCredentials(requestId)).isFalse();
    }

    @Test
    void aBackendAppCannotBeEnabledWithoutSecrets() {
        UUID requestId = awaitingCredentials("BACKEND_SYSTEMS");

        assertThatThrownBy(() -> submit(requestId, Map.of("credentialMode", "NONE")))
                .hasRootCauseInstanceOf(InvalidInputException.class);
        assertThat(downloads.get(requestId).getStatus()).isEqualTo(RequestStatus.NOT_RESPONDED);
    }

    @Test
    void generatedSecretsComeOnlyFromTheApiWhichShowsThemOnce() {
        UUID requestId = awaitingCredentials("BACKEND_SYSTEMS");

        assertThatThrownBy(() -> submit(requestId, Map.of("credentialMode", "GENERATE")))
                .rootCause().hasMessageContaining("shown once");
        Provision generated = credentials.generatedSecrets();
        tasks.answer(CredentialTasks.PROVIDE, requestId, vendor.developer(), generated);

        assertThat(generated.production().secret()).hasSize(43).isNotEqualTo(generated.nonProduction().secret());
        assertThat(generated.toString()).doesNotContain(generated.production().secret());
        assertThat(downloads.get(requestId).getStatus()).isEqualTo(RequestStatus.KEYS_ENABLED);
        assertThatThrownBy(() -> tasks.answer(CredentialTasks.PROVIDE, requestId, vendor.developer(),
                credentials.generatedSecrets())).isInstanceOf(ConflictException.class);
    }

    @Test
    void aSecretUsedForAnotherOrganisationIsRefused() {
        UUID first = awaitingCredentials("BACKEND_SYSTEMS");
        submit(first, Map.of("credentialMode", "SET", "productionSecret", OWN_PRODUCTION_SECRET,
                "nonProductionSecret", OWN_NON_PRODUCTION_SECRET));
        TestOrganization second = world.organization();
        agreements.sign(second.id(), second.purchaser(), new Signature(true, "Sam", "CTO"));
        UUID other = request(second, downloads.get(first).getClientId().toString());
        executeDueJobs();

        assertThatThrownBy(() -> submit(other, Map.of("credentialMode", "SET", "productionSecret",
                "Another-Secret-For-Tasklist-0123456789abcd", "nonProductionSecret", OWN_PRODUCTION_SECRET)))
                .rootCause().isInstanceOf(InvalidInputException.class).hasMessageContaining("nonProduction.secret")
                .hasMessageNotContaining(OWN_PRODUCTION_SECRET);
        assertThat(credentials.ofRequest(other)).isEmpty();
    }

    @Test
    void onlyTheVendorsDevelopersMayAnswer() {
        UUID requestId = awaitingCredentials("BACKEND_SYSTEMS");
        Map<String, Object> form = Map.of("credentialMode", "SET", "productionSecret", OWN_PRODUCTION_SECRET,
                "nonProductionSecret", OWN_NON_PRODUCTION_SECRET);

        assertThatThrownBy(() -> submit(world.vendor().developer(), task(requestId).getId(), form))
                .as("the engine: not a candidate").isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> submit(OPERATOR, task(requestId).getId(), form))
                .as("the use case: may work the task, but is no developer of the vendor")
                .hasRootCauseInstanceOf(NotFoundException.class);
        assertThat(credentials.ofRequest(requestId)).isEmpty();
    }

    @Test
    void theReminderTellsTheDevelopersWhileTheRequestIsNotResponded() {
        UUID requestId = awaitingCredentials("BACKEND_SYSTEMS");
        ProcessInstance provisioning = provisioningOf(requestId);
        var timer = engine.getManagementService().createJobQuery().processInstanceId(provisioning.getId()).timers()
                .singleResult();

        engine.getManagementService().executeJob(timer.getId());

        assertThat(provisioning).isWaitingAt(SecretProvisioningProcess.TASK_PROVIDE).hasPassed(SecretProvisioningProcess.TASK_REMIND_DEVELOPERS);
        assertThat(notifications.findByRecipientGroupInOrderByCreatedAtDesc(List.of("vendor-" + vendor.id())))
                .extracting(n -> n.getKind())
                .contains(NotificationKind.CREDENTIALS_REMINDER, NotificationKind.REQUEST_AWAITING_CREDENTIALS);
        assertThat(downloads.get(requestId).getStatus()).isEqualTo(RequestStatus.NOT_RESPONDED);
    }

    private UUID awaitingCredentials(String audience) {
        var listing = TestListings.completeWith("audience", audience);
        if ("PATIENTS".equals(audience)) {
            listing.put("usesRefreshTokens", true);
        }
        var app = activeApp(vendor.developer(), listing);
        UUID requestId = request(organization, app.path("productionClientId").asText());
        executeDueJobs();
        assertThat(downloads.get(requestId).getStatus()).isEqualTo(RequestStatus.NOT_RESPONDED);
        return requestId;
    }

    private UUID request(TestOrganization at, String clientId) {
        return starter.request(new NewRequest(at.id(), clientId, null, RequestSource.MANUAL, at.purchaser(),
                RequestChecklist.NOTHING_ACKNOWLEDGED));
    }

    /** As Tasklist: the vendor's developer submits the form. */
    private void submit(UUID requestId, Map<String, Object> form) {
        submit(vendor.developer(), task(requestId).getId(), form);
    }

    private Task task(UUID requestId) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(requestId.toString())
                .taskDefinitionKey(SecretProvisioningProcess.TASK_PROVIDE).singleResult();
    }

    /** The running provisioning of a request; keep it to assert on it once it ended. */
    private ProcessInstance provisioningOf(UUID requestId) {
        return engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(SecretProvisioningProcess.KEY).processInstanceBusinessKey(requestId.toString())
                .singleResult();
    }
}
