package org.appregistry.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.appregistry.agreements.AgreementService;
import org.appregistry.agreements.AgreementTasks.Signature;
import org.appregistry.downloads.DownloadRequestRepository;
import org.appregistry.downloads.DownloadRequests;
import org.appregistry.downloads.DownloadService.NewRequest;
import org.appregistry.downloads.DownloadService;
import org.appregistry.downloads.RequestChecklist;
import org.appregistry.downloads.RequestSource;
import org.appregistry.downloads.RequestStatus;
import org.appregistry.organizations.OrganizationService.NewEnvironment;
import org.appregistry.support.HttpApi.Reply;
import org.appregistry.support.IntegrationTest;
import org.appregistry.support.TestListings;
import org.appregistry.support.TestWorld.TestOrganization;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * /actuator/prometheus as an operator scrapes it, after a request synced and a push failed:
 * every metric docs/operations.md promises is there, with values that match what happened.
 */
class PrometheusMetricsIT extends IntegrationTest {

    /** Longer than the gauges' cache, so that a value read before the test has expired. */
    static final Duration CACHE_PATIENCE = Duration.ofSeconds(15);

    @Autowired
    AgreementService agreements;
    @Autowired
    DownloadRequests starter;
    @Autowired
    DownloadService downloads;
    @Autowired
    DownloadRequestRepository requests;

    @Test
    void onlyOperatorsScrape() {
        String developer = world.vendor().developer();

        assertThat(asOperator().get("/actuator/prometheus").status()).isEqualTo(200);
        assertThat(as(developer).get("/actuator/prometheus").status()).isEqualTo(403);
        assertThat(as(world.organization().purchaser()).get("/actuator/prometheus").status()).isEqualTo(403);
        assertThat(anonymous().get("/actuator/prometheus").status()).isEqualTo(401);
    }

    @Test
    void afterARequestSyncedAndAPushFailedTheMetricsSaySo() throws IOException {
        Scrape before = scrape();
        UUID synced = request(world.organization());
        TestOrganization unreachable = world.organization(
                List.of(new NewEnvironment("DOWN", "PRODUCTION", "http://127.0.0.1:" + closedPort() + "/registry")));
        UUID failing = request(unreachable);

        executeDueJobs();

        assertThat(downloads.get(synced).getStatus()).isEqualTo(RequestStatus.SYNCED);
        assertThat(downloads.get(failing).getStatus()).isEqualTo(RequestStatus.APPROVED);
        Scrape after = scrape();
        assertThat(after.value("registry_sync_pushes_total", "environment", "PRD", "outcome", "success"))
                .isGreaterThanOrEqualTo(before.valueOrZero("registry_sync_pushes_total",
                        "environment", "PRD", "outcome", "success") + 1);
        assertThat(after.value("registry_sync_pushes_total", "environment", "TST", "outcome", "success"))
                .isGreaterThanOrEqualTo(1);
        assertThat(after.value("registry_sync_pushes_total", "environment", "DOWN", "outcome", "failure"))
                .isGreaterThanOrEqualTo(1);
        assertThat(after.value("registry_download_activation_to_request_seconds_count", "source", "MANUAL"))
                .isGreaterThanOrEqualTo(before.valueOrZero("registry_download_activation_to_request_seconds_count",
                        "source", "MANUAL") + 2);
        assertThat(after.value("registry_download_activation_to_request_seconds_bucket", "source", "MANUAL",
                "le", "300.0")).as("both requests came within 5 minutes of activation").isGreaterThanOrEqualTo(2);
        assertThat(after.find("registry_download_activation_to_request_seconds_count", "source", "AUTO_SYNC"))
                .as("every source has its series, even before its first request").isNotNull();
        assertThat(after.value("registry_download_request_to_synced_seconds_count", "source", "MANUAL"))
                .isGreaterThanOrEqualTo(before.valueOrZero("registry_download_request_to_synced_seconds_count",
                        "source", "MANUAL") + 1);
        assertThat(after.value("registry_download_request_to_synced_seconds_sum", "source", "MANUAL")).isPositive();

        long syncedManual = requests.findAll().stream()
                .filter(r -> r.getStatus() == RequestStatus.SYNCED && r.getSource() == RequestSource.MANUAL).count();
        assertThat(syncedManual).isPositive();
        await().atMost(CACHE_PATIENCE).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            Scrape now = scrape();
            assertThat(now.value("registry_download_requests", "source", "MANUAL", "status", "SYNCED"))
                    .isEqualTo(syncedManual);
            assertThat(now.value("registry_incidents_open"))
                    .isEqualTo(engine.getRuntimeService().createIncidentQuery().count());
        });
        assertThat(scrape().find("registry_download_requests", "source", "AUTO_SYNC", "status", "AWAITING_AGREEMENT"))
                .as("every status and source has its series").isNotNull();
    }

    private UUID request(TestOrganization organization) {
        agreements.sign(organization.id(), organization.purchaser(), new Signature(true, "Pat Purchaser", "CIO"));
        var app = activeApp(world.vendor().developer(), TestListings.complete());
        return starter.request(new NewRequest(organization.id(), app.path("productionClientId").asText(), null,
                RequestSource.MANUAL, organization.purchaser(), RequestChecklist.NOTHING_ACKNOWLEDGED));
    }

    /** A port nothing listens on: a push there is refused at once. */
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private Scrape scrape() {
        Reply reply = asOperator().get("/actuator/prometheus");
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        return new Scrape(reply.text());
    }

    /** Prometheus' text format, read as much as these assertions need. */
    record Scrape(String text) {

        static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})?\\s+(\\S+)");
        static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

        /** The value of the series with exactly these labels (name, value, name, value, ...). */
        double value(String name, String... labels) {
            Double value = find(name, labels);
            assertThat(value).as("%s %s in%n%s", name, List.of(labels), text).isNotNull();
            return value;
        }

        double valueOrZero(String name, String... labels) {
            Double value = find(name, labels);
            return value == null ? 0 : value;
        }

        private Double find(String name, String... labels) {
            Map<String, String> wanted = new HashMap<>();
            for (int i = 0; i < labels.length; i += 2) {
                wanted.put(labels[i], labels[i + 1]);
            }
            for (String line : text.split("\n")) {
                Matcher sample = SAMPLE.matcher(line);
                if (line.startsWith("#") || !sample.find() || !sample.group(1).equals(name)) {
                    continue;
                }
                Map<String, String> found = new HashMap<>();
                Matcher label = LABEL.matcher(sample.group(2) == null ? "" : sample.group(2));
                while (label.find()) {
                    found.put(label.group(1), label.group(2));
                }
                if (found.equals(wanted)) {
                    return Double.parseDouble(sample.group(3));
                }
            }
            return null;
        }
    }
}
