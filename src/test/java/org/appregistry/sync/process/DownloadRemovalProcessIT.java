package org.appregistry.sync.process;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import org.appregistry.agreements.AgreementService;
import org.appregistry.agreements.AgreementTasks.Signature;
import org.appregistry.downloads.DownloadRemovals;
import org.appregistry.downloads.DownloadRequests;
import org.appregistry.downloads.DownloadService;
import org.appregistry.downloads.DownloadService.NewRequest;
import org.appregistry.downloads.RequestChecklist;
import org.appregistry.downloads.RequestEnvironment;
import org.appregistry.downloads.RequestSource;
import org.appregistry.downloads.RequestStatus;
import org.appregistry.downloads.SyncStatus;
import org.appregistry.downloads.process.DownloadRequestProcess;
import org.appregistry.environments.EnvironmentRegistry;
import org.appregistry.identity.Groups;
import org.appregistry.notifications.Notification;
import org.appregistry.notifications.NotificationKind;
import org.appregistry.notifications.NotificationRepository;
import org.appregistry.organizations.OrganizationService.NewEnvironment;
import org.appregistry.support.IntegrationTest;
import org.appregistry.support.TestListings;
import org.appregistry.support.TestWorld.TestOrganization;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * downloadRemoval against a built-in environment and a truly remote one (WireMock): one retried
 * deletion job per environment, an incident and a word to the organisation and the operators when
 * the remote one stays down, and a Cockpit retry that finishes the removal. Test profile: retry
 * cycle R2/PT1S, timeout PT1S.
 */
class DownloadRemovalProcessIT extends IntegrationTest {

    static WireMockServer remote = new WireMockServer(options().dynamicPort());

    @Autowired
    DownloadService downloads;
    @Autowired
    DownloadRemovals removals;
    @Autowired
    AgreementService agreements;
    @Autowired
    DownloadRequests starter;
    @Autowired
    EnvironmentRegistry registry;
    @Autowired
    NotificationRepository notifications;

    TestOrganization organization;
    JsonNode app;
    UUID requestId;

    @BeforeAll
    static void startRemote() {
        remote.start();
    }

    @AfterAll
    static void stopRemote() {
        remote.stop();
    }

    @BeforeEach
    void aRequestSyncedToABuiltInAndARemoteEnvironment() {
        remote.resetAll();
        remote.stubFor(put(urlPathMatching("/registry/EXT/clients/.*")).willReturn(aResponse().withStatus(201)));
        organization = world.organization(List.of(new NewEnvironment("PRD", "PRODUCTION", null),
                new NewEnvironment("EXT", "NON_PRODUCTION", remote.baseUrl() + "/registry/EXT")));
        agreements.sign(organization.id(), organization.purchaser(), new Signature(true, "Pat Purchaser", "CIO"));
        app = activeApp(world.vendor().developer(), TestListings.complete());
        requestId = starter.request(new NewRequest(organization.id(), app.path("productionClientId").asText(), null,
                RequestSource.MANUAL, organization.purchaser(), RequestChecklist.NOTHING_ACKNOWLEDGED));
        executeDueJobs();
        assertThat(downloads.get(requestId).getStatus()).isEqualTo(RequestStatus.SYNCED);
        assertThat(registry.find(organization.id(), "PRD", productionClientId())).isPresent();
    }

    @Test
    void eachEnvironmentLosesTheRecordInAJobOfItsOwnAndTheRequestEndsRemoved() {
        remote.stubFor(delete(urlPathMatching("/registry/EXT/clients/.*")).willReturn(aResponse().withStatus(204)));
        assertThat(requestProcesses()).as("the kickoff task waits").isOne();

        removals.remove(requestId, organization.purchaser());

        assertThat(downloads.get(requestId).getStatus()).isEqualTo(RequestStatus.REMOVING);
        assertThat(requestProcesses()).as("the request's own process stops").isZero();
        executeDueJobs();

        assertThat(downloads.get(requestId).getStatus()).isEqualTo(RequestStatus.REMOVED);
        assertThat(downloads.get(requestId).getRemovalRequestedBy()).isEqualTo(organization.purchaser());
        assertThat(downloads.environmentsOf(requestId)).extracting(RequestEnvironment::getSyncStatus)
                .containsOnly(SyncStatus.REMOVED);
        assertThat(registry.find(organization.id(), "PRD", productionClientId())).isEmpty();
        remote.verify(1, deleteRequestedFor(urlPathEqualTo("/registry/EXT/clients/"
                + app.path("nonProductionClientId").asText())));
        var removal = engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey(DownloadRemovalProcess.KEY).processInstanceBusinessKey(requestId.toString())
                .singleResult();
        assertThat(removal.getEndTime()).isNotNull();
        assertThat(engine.getHistoryService().createHistoricJobLogQuery().processInstanceId(removal.getId())
                .activityIdIn(DownloadRemovalProcess.TASK_DELETE).successLog().count()).as("one job per environment")
                .isEqualTo(2);
        assertThat(told(NotificationKind.REQUEST_REMOVED)).extracting(Notification::getRecipientGroup)
                .contains(Groups.organizationMembers(organization.id()));
    }

    @Test
    void anEnvironmentThatHasNoRecordCountsAsRemoved() {
        remote.stubFor(delete(urlPathMatching("/registry/EXT/clients/.*")).willReturn(aResponse().withStatus(404)));

        removals.remove(requestId, organization.purchaser());
        executeDueJobs();

        assertThat(downloads.get(requestId).getStatus()).isEqualTo(RequestStatus.REMOVED);
    }

    @Test
    void anEnvironmentThatStaysDownLeavesAnIncidentAndACockpitRetryFinishesTheRemoval() {
        remote.stubFor(delete(urlPathMatching("/registry/EXT/clients/.*")).willReturn(aResponse().withStatus(503)));
        removals.remove(requestId, organization.purchaser());
        executeDueJobs();

        Job deletion = deletionJob();
        assertThat(environment("EXT").getSyncStatus()).isEqualTo(SyncStatus.FAILED);
        assertThat(environment("EXT").getLastError()).contains("503");
        assertThat(environment("PRD").getSyncStatus()).isEqualTo(SyncStatus.REMOVED);
        assertThat(told(NotificationKind.REMOVAL_FAILED)).as("nobody hears of it while retries are left").isEmpty();
        while (deletion.getRetries() > 0) {
            runIgnoringFailure(deletion);
            deletion = deletionJob();
        }

        assertThat(engine.getRuntimeService().createIncidentQuery().configuration(deletion.getId()).count()).isOne();
        assertThat(downloads.get(requestId).getStatus()).isEqualTo(RequestStatus.REMOVING);
        assertThat(told(NotificationKind.REMOVAL_FAILED)).extracting(Notification::getRecipientGroup)
                .containsExactlyInAnyOrder(Groups.organizationMembers(organization.id()), Groups.OPERATORS);
        assertThat(told(NotificationKind.REMOVAL_FAILED)).allSatisfy(n -> assertThat(n.getMessage())
                .contains("environment EXT", "503", "downloadRemoval", requestId.toString()));

        remote.stubFor(delete(urlPathMatching("/registry/EXT/clients/.*")).willReturn(aResponse().withStatus(204)));
        engine.getManagementService().setJobRetries(deletion.getId(), 1);
        engine.getManagementService().executeJob(deletion.getId());
        executeDueJobs();

        assertThat(downloads.get(requestId).getStatus()).isEqualTo(RequestStatus.REMOVED);
        assertThat(environment("EXT").getSyncStatus()).isEqualTo(SyncStatus.REMOVED);
    }

    @Test
    void aRequestStillWaitingForItsAgreementIsRemovedBeforeAnythingIsPushed() {
        TestOrganization unsigned = world.organization();
        UUID waiting = starter.request(new NewRequest(unsigned.id(), app.path("productionClientId").asText(), null,
                RequestSource.MANUAL, unsigned.purchaser(), RequestChecklist.NOTHING_ACKNOWLEDGED));
        executeDueJobs();
        assertThat(downloads.get(waiting).getStatus()).isEqualTo(RequestStatus.AWAITING_AGREEMENT);

        removals.remove(waiting, unsigned.purchaser());
        executeDueJobs();
        agreements.sign(unsigned.id(), unsigned.purchaser(), new Signature(true, "Pat Purchaser", "CIO"));
        executeDueJobs();

        assertThat(downloads.get(waiting).getStatus()).isEqualTo(RequestStatus.REMOVED);
        assertThat(registry.find(unsigned.id(), "PRD", productionClientId())).isEmpty();
    }

    private long requestProcesses() {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(DownloadRequestProcess.KEY)
                .processInstanceBusinessKey(requestId.toString()).count();
    }

    private UUID productionClientId() {
        return UUID.fromString(app.path("productionClientId").asText());
    }

    private List<Notification> told(NotificationKind kind) {
        return notifications.findByRequestIdOrderByCreatedAt(requestId).stream().filter(n -> n.getKind() == kind)
                .toList();
    }

    private Job deletionJob() {
        var removal = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(DownloadRemovalProcess.KEY).processInstanceBusinessKey(requestId.toString())
                .singleResult();
        return engine.getManagementService().createJobQuery().processInstanceId(removal.getId())
                .activityId(DownloadRemovalProcess.TASK_DELETE).singleResult();
    }

    private void runIgnoringFailure(Job job) {
        try {
            engine.getManagementService().executeJob(job.getId());
        } catch (RuntimeException expected) {
            // the environment still fails
        }
    }

    private RequestEnvironment environment(String code) {
        return downloads.environmentsOf(requestId).stream().filter(e -> e.getCode().equals(code)).findFirst()
                .orElseThrow();
    }
}
