package org.appregistry.sync.process;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import org.appregistry.agreements.AgreementService;
import org.appregistry.agreements.AgreementTasks.Signature;
import org.appregistry.apps.AppStatus;
import org.appregistry.apps.AppService;
import org.appregistry.downloads.DownloadRequests;
import org.appregistry.downloads.DownloadService;
import org.appregistry.downloads.DownloadService.NewRequest;
import org.appregistry.downloads.RequestChecklist;
import org.appregistry.downloads.RequestSource;
import org.appregistry.downloads.RequestStatus;
import org.appregistry.environments.EnvironmentRegistry;
import org.appregistry.identity.Groups;
import org.appregistry.notifications.Notification;
import org.appregistry.notifications.NotificationKind;
import org.appregistry.notifications.NotificationRepository;
import org.appregistry.organizations.OrganizationService.NewEnvironment;
import org.appregistry.support.IntegrationTest;
import org.appregistry.support.TestListings;
import org.appregistry.support.TestWorld.TestOrganization;
import org.appregistry.sync.AppLifecycle;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * clientRecordRefresh after a suspension and its end: one retried push per environment of every
 * organisation, each carrying the app's state when it runs; a remote environment that stays down
 * leaves an incident and a word to its organisation and the operators.
 */
class ClientRecordRefreshProcessIT extends IntegrationTest {

    static WireMockServer remote = new WireMockServer(options().dynamicPort());

    @Autowired
    AppLifecycle lifecycle;
    @Autowired
    AppService apps;
    @Autowired
    DownloadService downloads;
    @Autowired
    AgreementService agreements;
    @Autowired
    DownloadRequests starter;
    @Autowired
    EnvironmentRegistry registry;
    @Autowired
    NotificationRepository notifications;
    @Autowired
    ObjectMapper json;

    TestOrganization hospital;
    TestOrganization clinic;
    UUID appId;
    UUID productionClientId;

    @BeforeAll
    static void startRemote() {
        remote.start();
    }

    @AfterAll
    static void stopRemote() {
        remote.stop();
    }

    @BeforeEach
    void anAppSyncedToTwoOrganisations() {
        remote.resetAll();
        remote.stubFor(put(urlPathMatching("/registry/EXT/clients/.*")).willReturn(aResponse().withStatus(200)));
        hospital = world.organization();
        clinic = world.organization(List.of(new NewEnvironment("PRD", "PRODUCTION", null),
                new NewEnvironment("EXT", "NON_PRODUCTION", remote.baseUrl() + "/registry/EXT")));
        JsonNode app = activeApp(world.vendor().developer(), TestListings.complete());
        appId = UUID.fromString(app.path("id").asText());
        productionClientId = UUID.fromString(app.path("productionClientId").asText());
        for (TestOrganization organization : List.of(hospital, clinic)) {
            agreements.sign(organization.id(), organization.purchaser(), new Signature(true, "Pat", "CIO"));
            UUID request = starter.request(new NewRequest(organization.id(), productionClientId.toString(), null,
                    RequestSource.MANUAL, organization.purchaser(), RequestChecklist.NOTHING_ACKNOWLEDGED));
            // a push that failed at once (a connection WireMock closed) is retried a second later
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                executeDueJobs();
                return downloads.get(request).getStatus() == RequestStatus.SYNCED;
            });
        }
        remote.resetRequests();
    }

    @Test
    void aSuspensionDisablesEveryRecordInAJobPerEnvironmentAndItsEndEnablesThemAgain() {
        lifecycle.suspend(appId, OPERATOR, "Under investigation");
        assertThat(apps.get(appId).getStatus()).isEqualTo(AppStatus.SUSPENDED);
        assertThat(disabled(hospital)).as("nothing changes before the jobs run").isFalse();

        executeDueJobs();

        assertThat(disabled(hospital)).isTrue();
        assertThat(disabled(clinic)).isTrue();
        remote.verify(1, putRequestedFor(urlPathMatching("/registry/EXT/clients/.*"))
                .withRequestBody(equalToJson("{\"disabled\": {\"reason\": \"suspended\"}}", true, true)));
        var refresh = engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey(ClientRecordRefreshProcess.KEY).processInstanceBusinessKey(appId.toString())
                .singleResult();
        assertThat(engine.getHistoryService().createHistoricJobLogQuery().processInstanceId(refresh.getId())
                .activityIdIn(ClientRecordRefreshProcess.TASK_PUSH).successLog().count())
                .as("one job per environment of each organisation").isEqualTo(4);

        lifecycle.restore(appId, OPERATOR);
        executeDueJobs();

        assertThat(disabled(hospital)).isFalse();
        assertThat(disabled(clinic)).isFalse();
        assertThat(apps.get(appId).getStatus()).isEqualTo(AppStatus.ACTIVE);
    }

    @Test
    void anEnvironmentThatStaysDownLeavesAnIncidentAndItsOrganisationIsTold() {
        remote.stubFor(put(urlPathMatching("/registry/EXT/clients/.*")).willReturn(aResponse().withStatus(503)));
        lifecycle.suspend(appId, OPERATOR, "Under investigation");
        executeDueJobs();
        Job push = engine.getManagementService().createJobQuery()
                .processDefinitionKey(ClientRecordRefreshProcess.KEY).activityId(ClientRecordRefreshProcess.TASK_PUSH)
                .processInstanceId(refreshInstance()).singleResult();
        while (push.getRetries() > 0) {
            try {
                engine.getManagementService().executeJob(push.getId());
            } catch (RuntimeException expected) {
                // still down
            }
            push = engine.getManagementService().createJobQuery().jobId(push.getId()).singleResult();
        }

        assertThat(engine.getRuntimeService().createIncidentQuery().configuration(push.getId()).count()).isOne();
        assertThat(disabled(hospital)).as("the other environments have it").isTrue();
        List<Notification> told = notifications.findAll().stream()
                .filter(n -> n.getKind() == NotificationKind.SYNC_FAILED && appId.equals(n.getAppId())).toList();
        assertThat(told).extracting(Notification::getRecipientGroup)
                .containsExactlyInAnyOrder(Groups.organizationMembers(clinic.id()), Groups.OPERATORS);
        assertThat(told.get(0).getMessage()).contains("clientRecordRefresh", "EXT");
    }

    @Test
    void onlyAnActiveAppCanBeSuspendedAndOnlyASuspendedOneRestored() {
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> lifecycle.restore(appId, OPERATOR)))
                .hasMessageContaining("not suspended");
        lifecycle.suspend(appId, OPERATOR, "once");
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> lifecycle.suspend(appId, OPERATOR, "twice")))
                .hasMessageContaining("Only an ACTIVE app");
    }

    private String refreshInstance() {
        return engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(ClientRecordRefreshProcess.KEY).processInstanceBusinessKey(appId.toString())
                .singleResult().getId();
    }

    private boolean disabled(TestOrganization organization) {
        try {
            JsonNode record = json.readTree(registry.find(organization.id(), "PRD", productionClientId).orElseThrow()
                    .getRecord());
            return record.hasNonNull("disabled") && "suspended".equals(record.path("disabled").path("reason").asText());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
