package org.appregistry.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.AuthorizationGrant;
import com.nimbusds.oauth2.sdk.AuthorizationRequest;
import com.nimbusds.oauth2.sdk.AuthorizationResponse;
import com.nimbusds.oauth2.sdk.RefreshTokenGrant;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.oauth2.sdk.token.RefreshToken;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import org.appregistry.environments.EnvironmentAccounts;
import org.appregistry.support.HttpApi.Reply;
import org.appregistry.support.IntegrationTest;
import org.appregistry.support.TestListings;
import org.appregistry.support.TestWorld.TestOrganization;
import org.appregistry.support.TestWorld.TestVendor;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A patient authorizes a synced app in a real browser, as the source document promises: the app
 * goes through registration, download and credentials over /api and syncs to the organisation's
 * environments; the app's side is a real OAuth client library (Nimbus OAuth 2.0 SDK) with PKCE;
 * the patient signs in and consents in Chromium; the app exchanges the code with its client
 * secret, gets the patient's id and a FHIR-style scope set, refreshes within the download's
 * refresh token duration and is refused after it. Needs Chromium (see {@link Browsers}).
 */
@Tag("browser")
class SmartLaunchBrowserIT extends IntegrationTest {

    static final String REDIRECT = "https://pulse.example.com/callback";

    @RegisterExtension
    static final Browsers browsers = new Browsers();

    @Autowired
    EnvironmentAccounts accounts;

    @Test
    void aPatientAuthorizesTheSyncedAppInTheBrowserAndTheAppRefreshesWithinTheDuration() throws Exception {
        TestVendor vendor = world.vendor();
        TestOrganization hospital = world.organization();
        Map<String, Object> listing = TestListings.completeWith("usesRefreshTokens", true);
        JsonNode app = activeApp(vendor.developer(), listing);
        String clientId = app.path("productionClientId").asText();
        String secret = syncWithGeneratedSecrets(vendor, hospital, app, 2);
        String patientId = UUID.randomUUID().toString();
        accounts.ensure(hospital.id(), "PRD", "pat", "a long patient password", "Pat Example", "Patient/" + patientId);

        OIDCProviderMetadata server = OIDCProviderMetadata.resolve(new Issuer("http://127.0.0.1:" + port
                + "/environments/" + hospital.id() + "/PRD"));
        CodeVerifier verifier = new CodeVerifier();
        URI request = new AuthorizationRequest.Builder(ResponseType.CODE, new ClientID(clientId))
                .scope(Scope.parse("launch/patient openid fhirUser offline_access patient/Observation.s "
                        + "patient/Patient.r"))
                .redirectionURI(URI.create(REDIRECT)).state(new State())
                .codeChallenge(verifier, CodeChallengeMethod.S256)
                .endpointURI(server.getAuthorizationEndpointURI()).build().toURI();

        Page browser = browsers.newSession();
        AtomicReference<String> redirected = new AtomicReference<>();
        // the app's redirect URI is not served here: the browser's request to it is what the app receives
        browser.route("https://pulse.example.com/**", route -> {
            redirected.set(route.request().url());
            route.fulfill(new Route.FulfillOptions().setStatus(200).setBody("signed in"));
        });
        browser.navigate(request.toString());
        assertThat(browser.getByRole(AriaRole.HEADING)).containsText("Sign in to " + hospital.name() + " (PRD)");
        browser.getByLabel("Username").fill("pat");
        browser.getByLabel("Password").fill("a long patient password");
        browser.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();

        assertThat(browser.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText(listing.get("name") + " asks to use your records at " + hospital.name());
        assertThat(browser.locator("main")).containsText("Developer: " + vendor.name());
        assertThat(browser.locator("main")).containsText("Search your observation records");
        assertThat(browser.locator("main")).containsText("Read your patient records");
        assertThat(browser.locator("dl")).containsText("Does the app sell or license patient data?");
        assertThat(browser.locator("dl")).containsText("Only with your care team");
        assertThat(browser.locator("main")).containsText("does not endorse, certify, or verify");
        assertThat(browser.getByRole(AriaRole.ALERT)).hasCount(0);
        browser.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Allow")).click();
        browser.waitForCondition(() -> redirected.get() != null);

        AuthorizationResponse authorization = AuthorizationResponse.parse(URI.create(redirected.get()));
        assertThat(authorization.indicatesSuccess()).as(redirected.get()).isTrue();
        OIDCTokenResponse tokens = (OIDCTokenResponse) token(server, clientId, secret, new AuthorizationCodeGrant(
                authorization.toSuccessResponse().getAuthorizationCode(), URI.create(REDIRECT), verifier));
        assertThat(tokens.getCustomParameters()).containsEntry("patient", patientId);
        assertThat(tokens.getOIDCTokens().getAccessToken().getScope().toStringList())
                .containsExactlyInAnyOrder("launch/patient", "openid", "fhirUser", "offline_access",
                        "patient/Observation.s", "patient/Patient.r");
        assertThat(new IDTokenValidator(server.getIssuer(), new ClientID(clientId), JWSAlgorithm.ES256,
                server.getJWKSetURI().toURL()).validate(tokens.getOIDCTokens().getIDToken(), null)
                .getStringClaim("fhirUser")).isEqualTo("Patient/" + patientId);

        clock.moveForward(Duration.ofMinutes(100));
        TokenResponse within = token(server, clientId, secret,
                new RefreshTokenGrant(tokens.getOIDCTokens().getRefreshToken()));
        assertThat(within.indicatesSuccess()).as(within.toHTTPResponse().getBody()).isTrue();
        RefreshToken rotated = within.toSuccessResponse().getTokens().getRefreshToken();

        clock.moveForward(Duration.ofMinutes(21));
        TokenResponse after = token(server, clientId, secret, new RefreshTokenGrant(rotated));
        assertThat(after.toErrorResponse().getErrorObject().getCode()).isEqualTo("invalid_grant");
    }

    /** Agreement, download with this refresh token duration, generated secrets, sync: the production secret. */
    private String syncWithGeneratedSecrets(TestVendor vendor, TestOrganization hospital, JsonNode app, int hours) {
        assertThat(as(hospital.purchaser()).post("/api/organizations/" + hospital.id() + "/agreement",
                Map.of("accept", true, "signerName", "Pat", "signerTitle", "CIO")).status()).isEqualTo(200);
        Reply requested = as(hospital.purchaser()).post("/api/organizations/" + hospital.id() + "/downloads",
                Map.of("clientId", app.path("productionClientId").asText(), "refreshTokenDurationHours", hours));
        assertThat(requested.status()).as(requested.text()).isEqualTo(202);
        String requestId = requested.json().path("requestId").asText();
        executeDueJobs();
        Reply secrets = as(vendor.developer()).post("/api/apps/" + app.path("id").asText() + "/downloads/" + requestId
                + "/credentials", Map.of("mode", "GENERATE"));
        assertThat(secrets.status()).as(secrets.text()).isEqualTo(200);
        executeDueJobs();
        assertThat(as(hospital.member()).get("/api/organizations/" + hospital.id() + "/downloads/" + requestId).json()
                .path("status").asText()).isEqualTo("SYNCED");
        return secrets.json().path("production").path("clientSecret").asText();
    }

    private static TokenResponse token(OIDCProviderMetadata server, String clientId, String secret,
            AuthorizationGrant grant) throws Exception {
        return OIDCTokenResponseParser.parse(new TokenRequest(server.getTokenEndpointURI(),
                new ClientSecretBasic(new ClientID(clientId), new Secret(secret)), grant).toHTTPRequest().send());
    }
}
