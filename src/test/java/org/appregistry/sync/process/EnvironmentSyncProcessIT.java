package org.appregistry.sync.process;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.appregistry.agreements.AgreementService;
import org.appregistry.agreements.AgreementTasks.Signature;
import org.appregistry.downloads.DownloadRequests;
import org.appregistry.downloads.DownloadService.NewRequest;
import org.appregistry.downloads.DownloadService;
import org.appregistry.downloads.RequestChecklist;
import org.appregistry.downloads.RequestEnvironment;
import org.appregistry.downloads.RequestSource;
import org.appregistry.downloads.RequestStatus;
import org.appregistry.downloads.SyncStatus;
import org.appregistry.identity.Groups;
import org.appregistry.notifications.Notification;
import org.appregistry.notifications.NotificationKind;
import org.appregistry.notifications.NotificationRepository;
import org.appregistry.organizations.OrganizationService.NewEnvironment;
import org.appregistry.support.IntegrationTest;
import org.appregistry.support.TestListings;
import org.appregistry.support.TestWorld.TestOrganization;
import org.appregistry.support.TestWorld.TestVendor;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * environmentSync against an environment that is truly remote and misbehaves (WireMock): one
 * retried job per environment, an incident when the retries run out, and a Cockpit retry that
 * finishes the request once the environment is back. Test profile: retry cycle R2/PT1S, timeout PT1S.
 */
class EnvironmentSyncProcessIT extends IntegrationTest {

    static WireMockServer remote = new WireMockServer(options().dynamicPort());

    @Autowired
    DownloadService downloads;
    @Autowired
    AgreementService agreements;
    @Autowired
    DownloadRequests starter;
    @Autowired
    NotificationRepository notifications;

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
    void organizationWithARemoteEnvironment() {
        remote.resetAll();
        organization = world.organization(List.of(new NewEnvironment("PRD", "PRODUCTION", null),
                new NewEnvironment("EXT", "NON_PRODUCTION", remote.baseUrl() + "/registry/EXT")));
        agreements.sign(organization.id(), organization.purchaser(), new Signature(true, "Pat Purchaser", "CIO"));
    }

    @Test
    void aFailedPushIsRetriedAndTheRequestSyncsWhenTheEnvironmentRecovers() {
        remote.stubFor(put(urlPathMatching("/registry/EXT/clients/.*")).inScenario("flaky")
                .whenScenarioStateIs(Scenario.STARTED).willReturn(aResponse().withStatus(500)).willSetStateTo("up"));
        remote.stubFor(put(urlPathMatching("/registry/EXT/clients/.*")).inScenario("flaky")
                .whenScenarioStateIs("up").willReturn(aResponse().withStatus(201)));
        UUID requestId = request();

        executeDueJobs();

        RequestEnvironment external = environment(requestId, "EXT");
        assertThat(external.getSyncStatus()).isEqualTo(SyncStatus.FAILED);
        assertThat(external.getLastError()).contains("500");
        assertThat(environment(requestId, "PRD").getSyncStatus()).isEqualTo(SyncStatus.SYNCED);
        Job push = pushJob(requestId);
        assertThat(push.getRetries()).isPositive();
        assertThat(push.getExceptionMessage()).contains("500");

        engine.getManagementService().executeJob(push.getId());
        assertThat(downloads.get(requestId).getStatus()).as("marked synced in a job of its own")
                .isEqualTo(RequestStatus.APPROVED);
        executeDueJobs();

        assertThat(downloads.get(requestId).getStatus()).isEqualTo(RequestStatus.SYNCED);
        assertThat(environment(requestId, "EXT").getAttempts()).isEqualTo(2);
        remote.verify(2, putRequestedFor(urlPathMatching("/registry/EXT/clients/.*")));
    }

    @Test
    void exhaustedRetriesLeaveAnIncidentAndACockpitRetryFinishesTheRequest() {
        remote.stubFor(put(urlPathMatching("/registry/EXT/clients/.*")).willReturn(aResponse().withStatus(503)));
        UUID requestId = request();
        executeDueJobs();

        Job push = pushJob(requestId);
        for (int attempt = 0; attempt < 5 && push.getRetries() > 0; attempt++) {
            runIgnoringFailure(push);
            push = pushJob(requestId);
        }

        assertThat(push.getRetries()).isZero();
        assertThat(engine.getRuntimeService().createIncidentQuery().configuration(push.getId())
                .processInstanceId(push.getProcessInstanceId()).count()).isOne();
        assertThat(downloads.get(requestId).getStatus()).isEqualTo(RequestStatus.APPROVED);
        assertThat(environment(requestId, "EXT").getSyncStatus()).isEqualTo(SyncStatus.FAILED);

        remote.stubFor(put(urlPathMatching("/registry/EXT/clients/.*")).willReturn(aResponse().withStatus(200)));
        engine.getManagementService().setJobRetries(push.getId(), 1);
        engine.getManagementService().executeJob(push.getId());
        executeDueJobs();

        assertThat(downloads.get(requestId).getStatus()).isEqualTo(RequestStatus.SYNCED);
        assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(push.getProcessInstanceId())
                .count()).isZero();
    }

    @Test
    void anEnvironmentThatDoesNotAnswerInTimeFailsThePushQuickly() {
        remote.stubFor(put(urlPathMatching("/registry/EXT/clients/.*"))
                .willReturn(aResponse().withStatus(200).withFixedDelay(5_000)));
        UUID requestId = request();
        long started = System.nanoTime();

        executeDueJobs();

        assertThat((System.nanoTime() - started) / 1_000_000).as("milliseconds").isLessThan(4_000);
        assertThat(environment(requestId, "EXT").getLastError()).contains("did not answer");
        assertThat(downloads.get(requestId).getStatus()).isEqualTo(RequestStatus.APPROVED);
    }

    @Test
    void theSyncProcessPushesOneJobPerEnvironment() {
        remote.stubFor(put(urlPathMatching("/registry/EXT/clients/.*")).willReturn(aResponse().withStatus(200)));
        UUID requestId = request();
        executeDueJobs();

        var sync = engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey(EnvironmentSyncProcess.KEY).processInstanceBusinessKey(requestId.toString())
                .singleResult();
        assertThat(engine.getHistoryService().createHistoricJobLogQuery().processInstanceId(sync.getId())
                .activityIdIn(EnvironmentSyncProcess.TASK_PUSH).successLog().count()).as("one job per environment")
                .isEqualTo(2);
        ProcessInstance ended = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(sync.getId()).singleResult();
        assertThat(ended).isNull();
        assertThat(downloads.get(requestId).getStatus()).isEqualTo(RequestStatus.SYNCED);
    }

    @Test
    void anExhaustedPushTellsTheOrganisationTheVendorAndTheOperators() {
        remote.stubFor(put(urlPathMatching("/registry/EXT/clients/.*")).willReturn(aResponse().withStatus(503)));
        TestVendor vendor = world.vendor();
        JsonNode app = activeApp(vendor.developer(), TestListings.complete());
        UUID requestId = request(app);
        executeDueJobs();
        Job push = pushJob(requestId);
        assertThat(push.getRetries()).isPositive();
        assertThat(syncFailed(requestId)).as("nobody hears of it while retries are left").isEmpty();

        while (push.getRetries() > 0) {
            runIgnoringFailure(push);
            push = pushJob(requestId);
        }

        assertThat(engine.getRuntimeService().createIncidentQuery().configuration(push.getId()).count()).isOne();
        List<Notification> told = syncFailed(requestId);
        assertThat(told).extracting(Notification::getRecipientGroup).containsExactlyInAnyOrder(
                Groups.organizationMembers(organization.id()), Groups.vendorDevelopers(vendor.id()), Groups.OPERATORS);
        String appName = app.path("name").asText();
        assertThat(told).allSatisfy(notification -> {
            assertThat(notification.getSubject()).contains(appName, organization.name(), "EXT");
            assertThat(notification.getMessage()).contains(appName, organization.name(), "environment EXT",
                    "503", "POST /api/operations/retry-failed-syncs", "retries this one in Cockpit", requestId.toString());
            assertThat(notification.getAppId()).hasToString(app.path("id").asText());
            assertThat(notification.getOrganizationId()).isEqualTo(organization.id());
        });
    }

    private UUID request() {
        return request(activeApp(world.vendor().developer(), TestListings.complete()));
    }

    private UUID request(JsonNode app) {
        return starter.request(new NewRequest(organization.id(), app.path("productionClientId").asText(), null,
                RequestSource.MANUAL, organization.purchaser(), RequestChecklist.NOTHING_ACKNOWLEDGED));
    }

    private List<Notification> syncFailed(UUID requestId) {
        return notifications.findByRequestIdOrderByCreatedAt(requestId).stream()
                .filter(n -> n.getKind() == NotificationKind.SYNC_FAILED).toList();
    }

    /** The one push job left (the others succeeded). */
    private Job pushJob(UUID requestId) {
        var sync = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(EnvironmentSyncProcess.KEY).processInstanceBusinessKey(requestId.toString())
                .singleResult();
        return engine.getManagementService().createJobQuery().processInstanceId(sync.getId())
                .activityId(EnvironmentSyncProcess.TASK_PUSH).singleResult();
    }

    private void runIgnoringFailure(Job job) {
        try {
            engine.getManagementService().executeJob(job.getId());
        } catch (RuntimeException expected) {
            // the environment still fails
        }
    }

    private RequestEnvironment environment(UUID requestId, String code) {
        return downloads.environmentsOf(requestId).stream().filter(e -> e.getCode().equals(code)).findFirst()
                .orElseThrow();
    }
}
