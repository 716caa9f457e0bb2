package org.appregistry.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import org.appregistry.notifications.NotificationKind;
import org.appregistry.notifications.NotificationRepository;
import org.appregistry.organizations.OrganizationService.NewEnvironment;
import org.appregistry.support.EndToEndTest;
import org.appregistry.support.HttpApi;
import org.appregistry.support.TestListings;
import org.appregistry.support.TestWorld.TestOrganization;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An environment down longer than every retry (WireMock answers 503; test profile: two retries a
 * second apart): each request waits as an incident with a SYNC_FAILED notification. Once the
 * environment is back, ONE operator call, POST /api/operations/retry-failed-syncs, finishes them
 * all, with the job executor running as in production.
 */
class EnvironmentOutageIT extends EndToEndTest {

    static WireMockServer remote = new WireMockServer(options().dynamicPort());

    @Autowired
    NotificationRepository notifications;

    @BeforeAll
    static void startRemote() {
        remote.start();
    }

    @AfterAll
    static void stopRemote() {
        remote.stop();
    }

    @Test
    void afterAnOutagePastEveryRetryOneOperatorCallFinishesEveryAffectedRequest() {
        remote.stubFor(put(urlPathMatching("/down/clients/.*")).willReturn(aResponse().withStatus(503)));
        String app = activeApp(world.vendor().developer(), TestListings.complete()).path("productionClientId").asText();
        List<TestOrganization> organizations = new ArrayList<>();
        List<String> requests = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            TestOrganization organization = world.organization(List.of(new NewEnvironment("PRD", "PRODUCTION", null),
                    new NewEnvironment("EXT", "NON_PRODUCTION", remote.baseUrl() + "/down")));
            signAgreement(organization);
            HttpApi.Reply accepted = as(organization.purchaser()).post("/api/organizations/" + organization.id()
                    + "/downloads", Map.of("clientId", app));
            assertThat(accepted.status()).as(accepted.text()).isEqualTo(202);
            organizations.add(organization);
            requests.add(accepted.json().path("requestId").asText());
        }

        await().atMost(PATIENCE).until(() -> requests.stream().allMatch(this::hasIncident));
        await().atMost(PATIENCE).until(() -> requests.stream().allMatch(id -> syncFailedNotices(id) > 0));
        for (int i = 0; i < requests.size(); i++) {
            JsonNode request = as(organizations.get(i).member()).get("/api/organizations/" + organizations.get(i).id()
                    + "/downloads/" + requests.get(i)).json();
            assertThat(request.path("status").asText()).isNotEqualTo("SYNCED");
        }
        assertThat(as(organizations.get(0).purchaser()).post("/api/operations/retry-failed-syncs", Map.of()).status())
                .as("operators only").isEqualTo(403);

        remote.stubFor(put(urlPathMatching("/down/clients/.*")).willReturn(aResponse().withStatus(200)));
        HttpApi.Reply retried = asOperator().post("/api/operations/retry-failed-syncs", Map.of());

        assertThat(retried.status()).as(retried.text()).isEqualTo(202);
        List<String> retriedRequests = new ArrayList<>();
        retried.json().path("requests").forEach(r -> retriedRequests.add(r.asText()));
        assertThat(retriedRequests).containsAll(requests);
        for (int i = 0; i < requests.size(); i++) {
            awaitStatus(organizations.get(i).member(), organizations.get(i).id(), requests.get(i), "SYNCED");
            assertThat(hasIncident(requests.get(i))).isFalse();
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> requests.stream().noneMatch(this::hasIncident));
        assertThat(asOperator().post("/api/operations/retry-failed-syncs", Map.of()).json().path("requests"))
                .as("nothing left of these").noneMatch(r -> requests.contains(r.asText()));
    }

    private boolean hasIncident(String requestId) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("environmentSync")
                .processInstanceBusinessKey(requestId).list().stream()
                .anyMatch(sync -> engine.getRuntimeService().createIncidentQuery().processInstanceId(sync.getId())
                        .count() > 0);
    }

    private long syncFailedNotices(String requestId) {
        return notifications.findByRequestIdOrderByCreatedAt(UUID.fromString(requestId)).stream()
                .filter(n -> n.getKind() == NotificationKind.SYNC_FAILED).count();
    }
}
