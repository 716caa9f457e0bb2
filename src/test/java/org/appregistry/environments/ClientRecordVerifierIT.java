package org.appregistry.environments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.appregistry.credentials.SecretHasher;
import org.appregistry.support.HttpApi;
import org.appregistry.support.HttpApi.Reply;
import org.appregistry.support.IntegrationTest;
import org.appregistry.support.TestWorld.TestOrganization;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 9, low: members without the purchase right (and everyone else who may read a client
 * record) read the bcrypt verifier of the client's secret, against which guesses can be tried
 * offline. Only the sync account, which sent it, reads it back.
 */
class ClientRecordVerifierIT extends IntegrationTest {

    @Autowired
    private SyncAccount syncAccount;
    @Autowired
    private SecretHasher hasher;

    @Test
    void nobodyButTheSyncAccountReadsTheSecretsVerifier() {
        TestOrganization organization = world.organization();
        UUID clientId = UUID.randomUUID();
        String verifier = hasher.verifier("a-client-secret-of-forty-characters-0123");
        String path = "/environments/" + organization.id() + "/PRD/clients/" + clientId;
        HttpApi sync = withPassword(SyncAccount.USER_ID, syncAccount.password());
        assertThat(sync.put(path, Map.of("clientId", clientId.toString(), "appName", "Pulse Diary",
                "credentials", Map.of("type", "CLIENT_SECRET", "secretVerifier", verifier))).status()).isEqualTo(201);

        for (HttpApi reader : new HttpApi[] {as(organization.member()), as(organization.purchaser()), asOperator()}) {
            Reply record = reader.get(path);
            assertThat(record.status()).isEqualTo(200);
            assertThat(record.text()).doesNotContain(verifier);
            JsonNode credentials = record.json().path("credentials");
            assertThat(credentials.path("type").asText()).isEqualTo("CLIENT_SECRET");
            assertThat(credentials.has("secretVerifier")).isFalse();
            assertThat(record.json().path("appName").asText()).isEqualTo("Pulse Diary");
        }
        assertThat(sync.get(path).json().path("credentials").path("secretVerifier").asText()).isEqualTo(verifier);
    }

    @Test
    void norFromARecordWithSeveralCredentials() {
        TestOrganization organization = world.organization();
        UUID clientId = UUID.randomUUID();
        String current = hasher.verifier("a-client-secret-of-forty-characters-0123");
        String previous = hasher.verifier("a-client-secret-of-forty-characters-4567");
        String path = "/environments/" + organization.id() + "/PRD/clients/" + clientId;
        HttpApi sync = withPassword(SyncAccount.USER_ID, syncAccount.password());
        assertThat(sync.put(path, Map.of("clientId", clientId.toString(), "credentials", List.of(
                Map.of("type", "CLIENT_SECRET", "secretVerifier", current),
                Map.of("type", "CLIENT_SECRET", "secretVerifier", previous, "validUntil", "2030-01-01T00:00:00Z"))))
                .status()).isEqualTo(201);

        Reply record = as(organization.member()).get(path);

        assertThat(record.status()).isEqualTo(200);
        assertThat(record.text()).doesNotContain(current, previous).contains("validUntil");
        assertThat(sync.get(path).text()).contains(current, previous);
    }
}
