package org.appregistry.credentials;

import static org.appregistry.support.TokenEndpoint.assertInvalidClient;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JWSAlgorithm;
import org.appregistry.support.ClientAssertion;
import org.appregistry.support.EndToEndTest;
import org.appregistry.support.HttpApi;
import org.appregistry.support.HttpApi.Reply;
import org.appregistry.support.TestListings;
import org.appregistry.support.TestWorld.TestOrganization;
import org.appregistry.support.TestWorld.TestVendor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A backend app through Review &amp; Manage Downloads for two organisations: certificates for
 * one, generated secrets for the other; then each environment's token endpoint authorizes the
 * app with exactly those credentials and nothing else.
 */
class CredentialsEndToEndIT extends EndToEndTest {

    TestVendor vendor;
    TestOrganization hospital;
    TestOrganization clinic;
    JsonNode app;

    @BeforeEach
    void aBackendAppRequestedByTwoOrganisations() {
        vendor = world.vendor();
        hospital = world.organization();
        clinic = world.organization();
        Map<String, Object> listing = TestListings.completeWith("audience", "BACKEND_SYSTEMS");
        listing.put("redirectUris", List.of());
        listing.put("incomingApis", List.of("Patient.Read (R4)", "Observation.Create (Vitals) (R4)"));
        app = activeApp(vendor.developer(), listing);
        for (TestOrganization organization : List.of(hospital, clinic)) {
            assertThat(as(organization.purchaser()).post("/api/organizations/" + organization.id() + "/agreement",
                    Map.of("accept", true, "signerName", "Pat", "signerTitle", "CIO")).status()).isEqualTo(200);
        }
    }

    @Test
    void certificatesForOneOrganisationAndGeneratedSecretsForTheOtherAuthorizeExactlyThatClient() {
        String hospitalRequest = request(hospital, "productionClientId");
        String clinicRequest = request(clinic, "nonProductionClientId");
        awaitStatus(hospital.member(), hospital.id(), hospitalRequest, "NOT_RESPONDED");
        awaitStatus(clinic.member(), clinic.id(), clinicRequest, "NOT_RESPONDED");
        assertThat(developer().get(downloadsOfApp()).json().findValuesAsText("status"))
                .containsOnly("NOT_RESPONDED");

        TestCertificate production = TestCertificates.rsa(2048);
        TestCertificate nonProduction = TestCertificates.ec("secp384r1");
        Reply keys = developer().post(credentials(hospitalRequest), Map.of("mode", "PUBLIC_KEY",
                "production", Map.of("certificate", production.pem()),
                "nonProduction", Map.of("certificate", nonProduction.base64Der())));
        assertThat(keys.status()).as(keys.text()).isEqualTo(200);
        assertThat(keys.json().path("status").asText()).isEqualTo("KEYS_ENABLED");

        Reply secrets = developer().post(credentials(clinicRequest), Map.of("mode", "GENERATE"));
        assertThat(secrets.status()).as(secrets.text()).isEqualTo(200);
        assertThat(secrets.headers().getCacheControl()).contains("no-store");
        String productionSecret = secrets.json().path("production").path("clientSecret").asText();
        String nonProductionSecret = secrets.json().path("nonProduction").path("clientSecret").asText();
        assertThat(productionSecret).hasSize(43).isNotEqualTo(nonProductionSecret);

        awaitStatus(hospital.member(), hospital.id(), hospitalRequest, "SYNCED");
        awaitStatus(clinic.member(), clinic.id(), clinicRequest, "SYNCED");
        assertThat(developer().get(downloadsOfApp()).text()).doesNotContain(productionSecret, nonProductionSecret);

        UUID productionId = UUID.fromString(app.path("productionClientId").asText());
        UUID nonProductionId = UUID.fromString(app.path("nonProductionClientId").asText());

        // the hospital: private_key_jwt with the provisioned keys
        Reply token = tokenByAssertion(hospital, "TST",
                assertion(hospital, "TST", nonProductionId).alg(JWSAlgorithm.ES384).signedWith(nonProduction.keyPair()));
        assertThat(token.status()).as(token.text()).isEqualTo(200);
        assertThat(token.json().path("scope").asText().split(" "))
                .containsExactlyInAnyOrder("system/Patient.r", "system/Observation.c");
        assertThat(tokenByAssertion(hospital, "PRD",
                assertion(hospital, "PRD", productionId).signedWith(production.keyPair())).status()).isEqualTo(200);

        assertInvalidClient(tokenByAssertion(hospital, "TST", assertion(hospital, "TST", nonProductionId)
                .alg(JWSAlgorithm.ES384).signedWith(TestCertificates.ec("secp384r1").keyPair())), "another key");
        String once = assertion(hospital, "TST", nonProductionId).alg(JWSAlgorithm.ES384)
                .signedWith(nonProduction.keyPair());
        assertThat(tokenByAssertion(hospital, "TST", once).status()).isEqualTo(200);
        assertInvalidClient(tokenByAssertion(hospital, "TST", once), "a replayed jti");
        assertInvalidClient(tokenByAssertion(hospital, "TST", assertion(hospital, "TST", nonProductionId)
                .alg(JWSAlgorithm.ES384).expiresAt(Instant.now().minusSeconds(120)).signedWith(nonProduction.keyPair())),
                "an expired assertion");
        assertInvalidClient(tokenByAssertion(hospital, "TST", assertion(hospital, "TST", nonProductionId)
                .signedWith(production.keyPair())), "the production key against TST");
        assertInvalidClient(tokenByAssertion(hospital, "TST", assertion(hospital, "TST", productionId)
                .signedWith(production.keyPair())), "the production client ID against TST");
        assertInvalidClient(tokenByAssertion(clinic, "TST", assertion(clinic, "TST", nonProductionId)
                .alg(JWSAlgorithm.ES384).signedWith(nonProduction.keyPair())), "the hospital's key at the clinic");

        // the clinic: the generated secrets, per environment
        Reply basic = tokenBySecret(clinic, "TST", nonProductionId, nonProductionSecret);
        assertThat(basic.status()).as(basic.text()).isEqualTo(200);
        assertThat(tokenBySecret(clinic, "PRD", productionId, productionSecret).status()).isEqualTo(200);
        Reply wrong = tokenBySecret(clinic, "TST", nonProductionId, productionSecret);
        assertInvalidClient(wrong, "the production secret against TST");
        assertThat(wrong.text()).doesNotContain(productionSecret);
        assertInvalidClient(tokenBySecret(hospital, "TST", nonProductionId, nonProductionSecret),
                "the clinic's secret at the hospital");
    }

    @Test
    void anotherVendorsDeveloperCannotSeeOrAnswerTheRequest() {
        String requestId = request(hospital, "productionClientId");
        awaitStatus(hospital.member(), hospital.id(), requestId, "NOT_RESPONDED");
        String stranger = world.vendor().developer();

        assertThat(as(stranger).get(downloadsOfApp()).status()).isEqualTo(404);
        assertThat(as(stranger).post(credentials(requestId), Map.of("mode", "GENERATE")).status()).isEqualTo(404);
        assertThat(as(stranger).get("/engine-rest/task").json().findValuesAsText("processInstanceId")).isEmpty();
        assertThat(as(hospital.purchaser()).post(credentials(requestId), Map.of("mode", "GENERATE")).status())
                .isEqualTo(404);
        assertThat(developer().get("/engine-rest/task").json().findValuesAsText("name"))
                .contains("Provide credentials for the organisation");

        Reply refused = developer().post(credentials(requestId), Map.of("mode", "PUBLIC_KEY",
                "production", Map.of("certificate", TestCertificates.rsa(1024).pem()),
                "nonProduction", Map.of("certificate", TestCertificates.rsa(2048).pem())));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.errorFields()).containsExactly("production.certificate");
        assertThat(as(hospital.member()).get("/api/organizations/" + hospital.id() + "/downloads/" + requestId).json()
                .path("status").asText()).isEqualTo("NOT_RESPONDED");
    }

    private HttpApi developer() {
        return as(vendor.developer());
    }

    private String request(TestOrganization organization, String whichId) {
        Reply reply = as(organization.purchaser()).post("/api/organizations/" + organization.id() + "/downloads",
                Map.of("clientId", app.path(whichId).asText()));
        assertThat(reply.status()).as(reply.text()).isEqualTo(202);
        return reply.json().path("requestId").asText();
    }

    private String downloadsOfApp() {
        return "/api/apps/" + app.path("id").asText() + "/downloads";
    }

    private String credentials(String requestId) {
        return downloadsOfApp() + "/" + requestId + "/credentials";
    }

    private ClientAssertion assertion(TestOrganization organization, String environment, UUID clientId) {
        return tokens().assertion(organization.id(), environment, clientId);
    }

    private Reply tokenByAssertion(TestOrganization organization, String environment, String assertion) {
        return tokens().byAssertion(organization.id(), environment, assertion);
    }

    private Reply tokenBySecret(TestOrganization organization, String environment, UUID clientId, String secret) {
        return tokens().bySecret(organization.id(), environment, clientId, secret);
    }
}
