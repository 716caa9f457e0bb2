package org.appregistry.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import org.appregistry.support.DatabaseText;
import org.appregistry.support.HttpApi.Reply;
import org.appregistry.support.IntegrationTest;
import org.appregistry.support.TestListings;
import org.appregistry.support.TestWorld.TestOrganization;
import org.appregistry.support.TestWorld.TestVendor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Secrets generated and set through /api and typed into Tasklist's form (over /engine-rest, as
 * Tasklist sends them), new ones by rotation (generated and set), plus a private key pasted by
 * mistake: afterwards no table of the database (variables and history included), and no log
 * line, holds any of them as text.
 */
@ExtendWith(OutputCaptureExtension.class)
class NoPlaintextSecretIT extends IntegrationTest {

    static final String OWN_PRODUCTION = "Own-Production-Secret-0123456789-abcdefgh";
    static final String OWN_NON_PRODUCTION = "Own-NonProduction-Secret-0123456789-abcdef";
    static final String TYPED_PRODUCTION = "Typed-In-Tasklist-Production-0123456789xyz";
    static final String TYPED_NON_PRODUCTION = "Typed-In-Tasklist-NonProduction-012345678";
    static final String ROTATED_PRODUCTION = "Rotated-Own-Production-Secret-0123456789ab";

    @Autowired
    DataSource dataSource;

    @Test
    void noSecretAndNoPrivateKeyIsStoredOrLoggedAsText(CapturedOutput output) throws SQLException {
        TestVendor vendor = world.vendor();
        JsonNode app = activeApp(vendor.developer(), TestListings.completeWith("audience", "BACKEND_SYSTEMS"));
        String viaGenerate = awaitingCredentials(app);
        String viaSet = awaitingCredentials(app);
        String viaTasklist = awaitingCredentials(app);
        String credentials = "/api/apps/" + app.path("id").asText() + "/downloads/";

        Reply generated = as(vendor.developer()).post(credentials + viaGenerate + "/credentials", Map.of("mode", "GENERATE"));
        assertThat(generated.status()).as(generated.text()).isEqualTo(200);
        Reply set = as(vendor.developer()).post(credentials + viaSet + "/credentials", Map.of("mode", "SET",
                "production", Map.of("secret", OWN_PRODUCTION), "nonProduction", Map.of("secret", OWN_NON_PRODUCTION)));
        assertThat(set.status()).as(set.text()).isEqualTo(200);

        TestCertificate certificate = TestCertificates.rsa(2048);
        String taskId = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(viaTasklist)
                .singleResult().getId();
        assertThat(as(vendor.developer()).post("/engine-rest/task/" + taskId + "/claim",
                Map.of("userId", vendor.developer())).status()).isEqualTo(204);
        Reply pastedKey = submitForm(vendor, taskId, Map.of("credentialMode", "PUBLIC_KEY",
                "productionCertificate", certificate.pem() + "\n" + certificate.privateKeyPem(),
                "nonProductionCertificate", TestCertificates.rsa(2048).pem()));
        assertThat(pastedKey.status()).as("a pasted private key is refused").isGreaterThanOrEqualTo(400);
        assertThat(pastedKey.text()).contains("private key");
        Reply typed = submitForm(vendor, taskId, Map.of("credentialMode", "SET",
                "productionSecret", TYPED_PRODUCTION, "nonProductionSecret", TYPED_NON_PRODUCTION));
        assertThat(typed.status()).as(typed.text()).isEqualTo(204);
        executeDueJobs();
        // after enabling: new secrets by rotation, generated and set, then the old ones retired
        Reply regenerated = as(vendor.developer()).post(credentials + viaGenerate + "/credentials/rotation",
                Map.of("mode", "GENERATE"));
        assertThat(regenerated.status()).as(regenerated.text()).isEqualTo(200);
        Reply reset = as(vendor.developer()).post(credentials + viaSet + "/credentials/rotation", Map.of("mode", "SET",
                "environmentKinds", List.of("PRODUCTION"), "production", Map.of("secret", ROTATED_PRODUCTION)));
        assertThat(reset.status()).as(reset.text()).isEqualTo(200);
        executeDueJobs();
        assertThat(as(vendor.developer()).delete(credentials + viaSet + "/credentials/previous").status())
                .isEqualTo(200);
        executeDueJobs();

        List<String> secrets = List.of(
                generated.json().path("production").path("clientSecret").asText(),
                generated.json().path("nonProduction").path("clientSecret").asText(),
                regenerated.json().path("production").path("clientSecret").asText(),
                regenerated.json().path("nonProduction").path("clientSecret").asText(),
                OWN_PRODUCTION, OWN_NON_PRODUCTION, TYPED_PRODUCTION, TYPED_NON_PRODUCTION, ROTATED_PRODUCTION,
                privateKeyFragment(certificate));
        assertThat(secrets.get(0)).hasSize(43);
        String everything = DatabaseText.dump(dataSource);
        assertThat(everything).contains(app.path("productionClientId").asText()).contains("$2a$10$");
        for (String secret : secrets) {
            assertThat(everything).as("the database").doesNotContain(secret);
            assertThat(output.getAll()).as("the log").doesNotContain(secret);
        }
    }

    private String awaitingCredentials(JsonNode app) {
        TestOrganization organization = world.organization();
        assertThat(as(organization.purchaser()).post("/api/organizations/" + organization.id() + "/agreement",
                Map.of("accept", true, "signerName", "Pat", "signerTitle", "CIO")).status()).isEqualTo(200);
        String requestId = as(organization.purchaser()).post("/api/organizations/" + organization.id() + "/downloads",
                Map.of("clientId", app.path("productionClientId").asText())).json().path("requestId").asText();
        executeDueJobs();
        return UUID.fromString(requestId).toString();
    }

    /** What Tasklist sends when the developer submits the form. */
    private Reply submitForm(TestVendor vendor, String taskId, Map<String, String> fields) {
        Map<String, Object> variables = new HashMap<>();
        fields.forEach((name, value) -> variables.put(name, Map.of("value", value, "type", "String")));
        return as(vendor.developer()).post("/engine-rest/task/" + taskId + "/submit-form", Map.of("variables", variables));
    }

    private static String privateKeyFragment(TestCertificate certificate) {
        String body = certificate.privateKeyPem().replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return body.substring(100, 160);
    }
}
