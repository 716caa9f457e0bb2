package org.appregistry.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.fasterxml.jackson.databind.JsonNode;
import org.appregistry.credentials.CertificateExpiryService.Outcome;
import org.appregistry.credentials.Credential.Owner;
import org.appregistry.downloads.DownloadService;
import org.appregistry.downloads.DownloadService.NewRequest;
import org.appregistry.downloads.RequestChecklist;
import org.appregistry.downloads.RequestSource;
import org.appregistry.identity.Groups;
import org.appregistry.notifications.NotificationKind;
import org.appregistry.notifications.NotificationRepository;
import org.appregistry.organizations.EnvironmentKind;
import org.appregistry.organizations.OrganizationService;
import org.appregistry.organizations.OrganizationService.NewEnvironment;
import org.appregistry.support.IntegrationTest;
import org.appregistry.support.TestListings;
import org.appregistry.support.TestWorld;
import org.appregistry.support.TestWorld.TestVendor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The watch over many certificates and from two threads at once. The certificate rows are
 * written directly, with any validity, as the watch reads nothing but their dates.
 */
class CertificateExpiryServiceIT extends IntegrationTest {

    static final SecureRandom RANDOM = new SecureRandom();

    @Autowired
    CertificateExpiryService expiry;
    @Autowired
    CredentialRepository credentials;
    @Autowired
    DownloadService downloads;
    @Autowired
    OrganizationService organizations;
    @Autowired
    NotificationRepository notifications;

    TestVendor vendor;
    JsonNode app;

    @BeforeEach
    void world() {
        vendor = world.vendor();
        app = activeApp(vendor.developer(), TestListings.completeWith("audience", "BACKEND_SYSTEMS"));
    }

    @Test
    void aRunWalksEveryBatchAndTheNextWarnsNobody() {
        int count = 2 * CertificateExpiryService.BATCH_SIZE + 10;
        List<Credential> expiring = certificates(count, clock.instant().plus(Duration.ofDays(10)));

        Outcome first = expiry.watch();
        Outcome second = expiry.watch();

        assertThat(first.warned()).isGreaterThanOrEqualTo(count);
        assertThat(expiryWarnings()).isEqualTo(count);
        assertThat(credentials.findAllById(expiring.stream().map(Credential::getId).toList()))
                .hasSize(expiring.size()).allMatch(c -> c.getExpiryWarnedAt() != null);
        assertThat(second).isEqualTo(new Outcome(0, 0));
        assertThat(expiryWarnings()).isEqualTo(count);
    }

    @Test
    void twoRunsAtOnceWarnOfEachCertificateAndMarkEachOnce() throws Exception {
        List<Credential> expiring = certificates(20, clock.instant().plus(Duration.ofDays(10)));
        List<Credential> expired = certificates(6, clock.instant().minus(Duration.ofDays(1)));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<CompletableFuture<Outcome>> runs = new ArrayList<>();
            for (int node = 0; node < 2; node++) {
                runs.add(CompletableFuture.supplyAsync(() -> {
                    await(start);
                    return expiry.watch();
                }, nodes));
            }
            start.countDown();
            for (CompletableFuture<Outcome> run : runs) {
                run.get();
            }
        } finally {
            nodes.shutdownNow();
        }

        assertThat(expiryWarnings()).isEqualTo(expiring.size());
        assertThat(credentials.findAllById(expired.stream().map(Credential::getId).toList()))
                .hasSize(expired.size()).allMatch(c -> c.getExpiredAt() != null && c.getExpiryWarnedAt() == null);
        assertThat(expired).allSatisfy(c -> assertThat(downloads.environmentsOf(c.getRequestId()))
                .filteredOn(e -> e.getKind() == c.getEnvironmentKind())
                .isNotEmpty().allMatch(e -> e.getCertificateExpiredAt() != null));
    }

    /** Requests of new organisations, each with a production and a non-production certificate valid until then. */
    private List<Credential> certificates(int count, Instant notAfter) {
        List<Credential> made = new ArrayList<>();
        for (int i = 0; i < count; i += 2) {
            UUID organizationId = organizations.createOrganization(TestWorld.unique("Org"),
                    List.of(new NewEnvironment("PRD", "PRODUCTION", null),
                            new NewEnvironment("TST", "NON_PRODUCTION", null))).getId();
            UUID requestId = downloads.register(new NewRequest(organizationId,
                    app.path("productionClientId").asText(), null, RequestSource.MANUAL, "test",
                    RequestChecklist.NOTHING_ACKNOWLEDGED)).getId();
            Owner owner = new Owner(requestId, UUID.fromString(app.path("id").asText()), organizationId,
                    vendor.developer(), clock.instant());
            made.add(Credential.certificate(owner, EnvironmentKind.PRODUCTION, inspected(notAfter)));
            made.add(Credential.certificate(owner, EnvironmentKind.NON_PRODUCTION, inspected(notAfter)));
        }
        return credentials.saveAll(made.subList(0, count));
    }

    private static InspectedCertificate inspected(Instant notAfter) {
        byte[] fingerprint = new byte[32];
        RANDOM.nextBytes(fingerprint);
        byte[] keyFingerprint = new byte[32];
        RANDOM.nextBytes(keyFingerprint);
        return new InspectedCertificate("-----BEGIN CERTIFICATE-----", HexFormat.of().formatHex(fingerprint),
                HexFormat.of().formatHex(keyFingerprint), "EC-P384", notAfter.minus(Duration.ofDays(365)), notAfter, TestCertificates.SUBJECT, null);
    }

    private long expiryWarnings() {
        return notifications.findByRecipientGroupInOrderByCreatedAtDesc(List.of(Groups.vendorDevelopers(vendor.id())))
                .stream().filter(n -> n.getKind() == NotificationKind.CERTIFICATE_EXPIRING).count();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
