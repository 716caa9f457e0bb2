package org.appregistry.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.appregistry.agreements.AgreementService;
import org.appregistry.agreements.AgreementTasks.Signature;
import org.appregistry.downloads.DownloadRequest;
import org.appregistry.downloads.DownloadService;
import org.appregistry.downloads.RequestStatus;
import org.appregistry.support.EndToEndTest;
import org.appregistry.support.TestListings;
import org.appregistry.support.TestWorld.TestOrganization;
import org.appregistry.support.TestWorld.TestVendor;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The scale the source document implies: an app reaching hundreds of organisations with no
 * human action after "mark ready". Not part of the build (tag benchmark); run it with
 * {@code bench/scale.sh} and record the figures in docs/performance.md.
 */
@Tag("benchmark")
@TestPropertySource(properties = {"registry.auto-sync.cycle=R/PT5S",
        // measure with the production sizing, not the test profile's small pools
        "spring.datasource.hikari.maximum-pool-size=30", "camunda.bpm.job-execution.max-pool-size=8",
        "camunda.bpm.job-execution.core-pool-size=8"})
class ScaleBenchmarkIT extends EndToEndTest {

    private static final Logger log = LoggerFactory.getLogger(ScaleBenchmarkIT.class);
    private static final int ORGANIZATIONS = Integer.getInteger("bench.organizations", 200);
    private static final Duration LIMIT = Duration.ofMinutes(20);

    @Autowired
    AgreementService agreements;
    @Autowired
    DownloadService downloads;

    @Test
    void appsReachEverySignedOrganisationWithoutAnyHumanAction() throws IOException {
        TestVendor vendor = world.vendor();
        List<TestOrganization> organizations = new ArrayList<>();
        for (int i = 0; i < ORGANIZATIONS; i++) {
            TestOrganization organization = world.organization();
            agreements.sign(organization.id(), organization.purchaser(), new Signature(true, "Pat Purchaser", "CIO"));
            organizations.add(organization);
        }
        StringBuilder report = new StringBuilder("| app | organisations | all requests exist after | all SYNCED after |\n"
                + "|---|---|---|---|\n");

        report.append(run("eligible patient app (no credentials)", vendor, TestListings.complete(), null,
                organizations));
        Map<String, Object> refreshTokens = TestListings.completeWith("usesRefreshTokens", true);
        report.append(run("eligible patient app with refresh tokens, standing JWK Set URL policy", vendor,
                refreshTokens, "https://keys.example.com/patient-app/jwks.json", organizations));

        Path out = Path.of("target", "benchmark", "scale.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString());
        log.info("Scale benchmark on {}:\n{}", System.getProperty("spring.profiles.active", "test"), report);
    }

    /** One purchaser at a time: POST to SYNCED of a single request, as issue 3 asks to record. */
    @Test
    void oneRequestFromPostToSynced() throws IOException {
        TestVendor vendor = world.vendor();
        JsonNode app = activeApp(vendor.developer(), TestListings.complete());
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            TestOrganization organization = world.organization();
            agreements.sign(organization.id(), organization.purchaser(), new Signature(true, "Pat Purchaser", "CIO"));
            long started = System.nanoTime();
            String requestId = as(organization.purchaser()).post("/api/organizations/" + organization.id()
                    + "/downloads", Map.of("clientId", app.path("productionClientId").asText())).json()
                    .path("requestId").asText();
            while (downloads.get(UUID.fromString(requestId)).getStatus() != RequestStatus.SYNCED) {
                pause(10);
            }
            millis.add((System.nanoTime() - started) / 1_000_000);
        }
        List<Long> warm = millis.subList(5, millis.size()).stream().sorted().toList();
        String line = String.format("POST to SYNCED, one request at a time (%d after 5 warm-up): median %d ms, "
                + "p95 %d ms, max %d ms%n", warm.size(), warm.get(warm.size() / 2),
                warm.get((int) Math.ceil(warm.size() * 0.95) - 1), warm.get(warm.size() - 1));
        Path out = Path.of("target", "benchmark", "latency.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, line);
        log.info(line);
    }

    /** Marks the app ready (with its standing policy first, if any) and waits for every organisation. */
    private String run(String what, TestVendor vendor, Map<String, Object> listing, String jwksUrl,
            List<TestOrganization> organizations) {
        String appId = as(vendor.developer()).post("/api/apps", listing).json().path("id").asText();
        if (jwksUrl != null) {
            assertThat(as(vendor.developer()).put("/api/apps/" + appId + "/auto-respond",
                    Map.of("mode", "JWKS_URL", "jwksUrl", jwksUrl)).status()).isEqualTo(200);
        }
        Instant ready = Instant.now();
        JsonNode app = as(vendor.developer()).post("/api/apps/" + appId + "/ready", Map.of("termsAccepted", true)).json();
        assertThat(app.path("status").asText()).isEqualTo("ACTIVE");

        Duration allExist = null;
        while (true) {
            List<DownloadRequest> requests = downloads.ofApp(UUID.fromString(appId));
            Duration elapsed = Duration.between(ready, Instant.now());
            if (allExist == null && requests.size() == organizations.size()) {
                allExist = elapsed;
            }
            long synced = requests.stream().filter(r -> r.getStatus() == RequestStatus.SYNCED).count();
            if (synced == organizations.size()) {
                log.info("{}: {} organisations synced after {}", what, synced, elapsed);
                return "| " + what + " | " + organizations.size() + " × 2 environments | " + seconds(allExist)
                        + " | " + seconds(elapsed) + " |\n";
            }
            assertThat(elapsed).as(what + ": " + synced + " synced so far").isLessThan(LIMIT);
            pause(500);
        }
    }

    private static String seconds(Duration duration) {
        return String.format("%.1f s", duration.toMillis() / 1000.0);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
