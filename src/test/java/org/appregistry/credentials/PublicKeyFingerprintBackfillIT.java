package org.appregistry.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import org.appregistry.support.HttpApi.Reply;
import org.appregistry.support.IntegrationTest;
import org.appregistry.support.TestListings;
import org.appregistry.support.TestWorld.TestOrganization;
import org.appregistry.support.TestWorld.TestVendor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Migration 11 on certificates stored before public keys were fingerprinted: each gets the
 * fingerprint the registry now computes, and where an app held one key in two certificates (as
 * was allowed), the later keeps none instead of stopping the upgrade.
 */
class PublicKeyFingerprintBackfillIT extends IntegrationTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    CredentialService credentials;

    @Test
    void fillsEarlierCertificatesAndLeavesASecondCertificateOfOneKeyWithout() throws SQLException {
        TestVendor vendor = world.vendor();
        JsonNode app = activeApp(vendor.developer(), TestListings.completeWith("audience", "BACKEND_SYSTEMS"));
        UUID first = withCertificates(vendor, app);
        UUID second = withCertificates(vendor, app);
        Map<UUID, String> computed = fingerprints(first);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        // as before V10: no fingerprints, and the second request's production certificate has the first's key
        String firstPem = jdbc.queryForObject("select certificate_pem from credential where request_id = ? and "
                + "environment_kind = 'PRODUCTION'", String.class, first);
        jdbc.update("update credential set public_key_fingerprint = null where request_id in (?, ?)", first, second);
        jdbc.update("update credential set certificate_pem = ? where request_id = ? and environment_kind = 'PRODUCTION'",
                firstPem, second);

        int[] outcome;
        try (Connection connection = dataSource.getConnection()) {
            outcome = PublicKeyFingerprintBackfill.backfill(connection);
        }

        assertThat(outcome[1]).as("sharing a key").isEqualTo(1);
        assertThat(fingerprints(first)).isEqualTo(computed);
        Map<UUID, String> later = fingerprints(second);
        assertThat(later.values()).hasSize(2).containsOnlyOnce((String) null);
        assertThat(later.values()).filteredOn(v -> v != null).hasSize(1).doesNotContainAnyElementsOf(computed.values());
    }

    private UUID withCertificates(TestVendor vendor, JsonNode app) {
        TestOrganization organization = world.organization();
        signAgreement(organization);
        Reply requested = as(organization.purchaser()).post("/api/organizations/" + organization.id() + "/downloads",
                Map.of("clientId", app.path("productionClientId").asText()));
        executeDueJobs();
        String requestId = requested.json().path("requestId").asText();
        Reply answered = as(vendor.developer()).post("/api/apps/" + app.path("id").asText() + "/downloads/" + requestId
                + "/credentials", Map.of("mode", "PUBLIC_KEY",
                "production", Map.of("certificate", TestCertificates.rsa(2048).pem()),
                "nonProduction", Map.of("certificate", TestCertificates.ec("secp256r1").pem())));
        assertThat(answered.status()).as(answered.text()).isEqualTo(200);
        return UUID.fromString(requestId);
    }

    private Map<UUID, String> fingerprints(UUID requestId) {
        Map<UUID, String> byId = new HashMap<>();
        List<Credential> stored = credentials.ofRequest(requestId);
        stored.forEach(c -> byId.put(c.getId(), c.getPublicKeyFingerprint()));
        return byId;
    }
}
