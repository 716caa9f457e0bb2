package org.appregistry.environments;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.AuthorizationGrant;
import com.nimbusds.oauth2.sdk.AuthorizationRequest;
import com.nimbusds.oauth2.sdk.AuthorizationResponse;
import com.nimbusds.oauth2.sdk.RefreshTokenGrant;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenErrorResponse;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
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
import org.appregistry.credentials.SecretHasher;
import org.appregistry.support.HttpApi.Reply;
import org.appregistry.support.IntegrationTest;
import org.appregistry.support.TestWorld;
import org.appregistry.support.TestWorld.TestOrganization;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * SMART App Launch (standalone) at an environment's authorization server, over real HTTP: a real
 * OAuth client library (Nimbus OAuth 2.0 SDK) on the app's side, {@link PatientAgent} as the
 * patient's browser (the browser test does the same in Chromium). Client records are stored as the
 * sync stores them.
 */
class AuthorizationServerIT extends IntegrationTest {

    static final String REDIRECT = "https://pulse.example.com/callback";
    static final ObjectMapper JSON = new ObjectMapper();
    static final List<Map<String, String>> ANSWERS = List.of(
            Map.of("question", "Does the app sell or license patient data?", "answer", "Never"),
            Map.of("question", "With whom does the app share patient data?", "answer", "Only your care team"),
            Map.of("question", "How long does the app keep patient data?", "answer", "Until you delete it"),
            Map.of("question", "Can a patient have their data deleted, and how?", "answer", "Yes, in the settings"),
            Map.of("question", "Where is patient data stored?", "answer", "In EU data centres"));

    @Autowired
    EnvironmentRegistry registry;

    @Autowired
    EnvironmentAccounts accounts;

    @Autowired
    SecretHasher hasher;

    @Autowired
    JdbcTemplate jdbc;

    TestOrganization organization;
    String patientId;
    String username;
    String password;

    @BeforeEach
    void anOrganisationWithAPatientAtEachEnvironment() {
        organization = world.organization();
        patientId = UUID.randomUUID().toString();
        username = "patient-" + patientId.substring(0, 8);
        password = "pw-" + patientId;
        for (String environment : List.of("PRD", "TST")) {
            accounts.ensure(organization.id(), environment, username, password, "Pat Example", "Patient/" + patientId);
        }
    }

    // --- the whole flow

    @Test
    void aPatientAuthorizesAConfidentialAppWhichGetsTokensThePatientAndRefreshesWithinTheDuration() throws Exception {
        String secret = TokenEndpointIT.newSecret();
        UUID client = register("PRD", patientApp(secret(secret), 2));
        OIDCProviderMetadata server = OIDCProviderMetadata.resolve(new Issuer(issuer("PRD")));
        CodeVerifier verifier = new CodeVerifier();

        PatientAgent patient = new PatientAgent();
        PatientAgent.Page consent = patient.signInAndReachConsent(authorizationRequest(server, client, verifier,
                "launch/patient openid fhirUser offline_access patient/Observation.rs patient/Patient.r"), username,
                password);
        assertThat(consent.status()).as(consent.body()).isEqualTo(200);
        assertThat(consent.body()).contains("Pulse Diary", "Acme Health Apps", "Never", "In EU data centres",
                "Read and search your observation records", "does not endorse, certify, or verify")
                .doesNotContain("has not answered every question");
        AuthorizationCode code = code(patient.decide(consent, true));

        OIDCTokenResponse tokens = (OIDCTokenResponse) token(server, basic(client, secret),
                new AuthorizationCodeGrant(code, URI.create(REDIRECT), verifier));
        assertThat(tokens.getCustomParameters()).containsEntry("patient", patientId);
        assertThat(tokens.getOIDCTokens().getAccessToken().getScope().toStringList()).contains("launch/patient",
                "openid", "fhirUser", "offline_access", "patient/Observation.rs", "patient/Patient.r");
        assertThat(tokens.getOIDCTokens().getAccessToken().getLifetime()).isBetween(299L, 300L);
        JWT idToken = tokens.getOIDCTokens().getIDToken();
        var claims = new IDTokenValidator(server.getIssuer(), new ClientID(client.toString()), JWSAlgorithm.ES256,
                server.getJWKSetURI().toURL()).validate(idToken, null);
        assertThat(claims.getStringClaim("fhirUser")).isEqualTo("Patient/" + patientId);
        RefreshToken first = tokens.getOIDCTokens().getRefreshToken();
        assertThat(first).isNotNull();

        clock.moveForward(Duration.ofMinutes(90));
        TokenResponse refreshed = token(server, basic(client, secret), new RefreshTokenGrant(first));
        assertThat(refreshed.indicatesSuccess()).as(String.valueOf(refreshed.toHTTPResponse().getBody())).isTrue();
        RefreshToken second = refreshed.toSuccessResponse().getTokens().getRefreshToken();
        assertThat(second).isNotNull().isNotEqualTo(first);
        // rotated: the used one is spent
        assertInvalidGrant(token(server, basic(client, secret), new RefreshTokenGrant(first)));

        // the duration (2 hours) counts from the authorization, not from the last refresh
        clock.moveForward(Duration.ofMinutes(31));
        assertInvalidGrant(token(server, basic(client, secret), new RefreshTokenGrant(second)));
    }

    @Test
    void theConsentPageWarnsOfAnUnansweredQuestionnaireAndADenialIsAccessDenied() throws Exception {
        String secret = TokenEndpointIT.newSecret();
        Map<String, Object> record = patientApp(secret(secret), 2);
        List<Map<String, String>> partly = new ArrayList<>(ANSWERS);
        partly.set(4, new HashMap<>(Map.of("question", "Where is patient data stored?")));
        record.put("dataUseQuestionnaire", partly);
        UUID client = register("PRD", record);
        OIDCProviderMetadata server = metadata("PRD");

        PatientAgent.Page consent = new PatientAgent().signInAndReachConsent(authorizationRequest(server, client,
                new CodeVerifier(), "launch/patient patient/Observation.rs"), username, password);
        assertThat(consent.body()).contains("has not answered every question of the Data Use Questionnaire", "Never")
                .doesNotContain("Where is patient data stored?");

        PatientAgent agent = new PatientAgent();
        PatientAgent.Page again = agent.signInAndReachConsent(authorizationRequest(server, client, new CodeVerifier(),
                "launch/patient patient/Observation.rs"), username, password);
        URI denied = URI.create(agent.decide(again, false).location());
        assertThat(denied.toString()).startsWith(REDIRECT).contains("error=access_denied");
    }

    @Test
    void noRefreshTokenForAnAppEnabledWithoutSecretsNorForOneWithoutRefreshTokens() throws Exception {
        OIDCProviderMetadata server = metadata("PRD");
        String scopes = "launch/patient openid offline_access patient/Observation.rs";

        // enabled without client secrets: a public client, PKCE alone
        UUID publicClient = register("PRD", patientApp(null, 2));
        CodeVerifier verifier = new CodeVerifier();
        PatientAgent agent = new PatientAgent();
        AuthorizationCode code = code(agent.decide(agent.signInAndReachConsent(
                authorizationRequest(server, publicClient, verifier, scopes), username, password), true));
        TokenResponse publicTokens = token(server, null, new AuthorizationCodeGrant(code, URI.create(REDIRECT), verifier),
                publicClient);
        assertThat(publicTokens.indicatesSuccess()).as(String.valueOf(publicTokens.toHTTPResponse().getBody())).isTrue();
        assertThat(publicTokens.toSuccessResponse().getTokens().getRefreshToken()).isNull();
        assertThat(publicTokens.toSuccessResponse().getCustomParameters()).containsEntry("patient", patientId);

        // a client secret, but the app does not use refresh tokens
        String secret = TokenEndpointIT.newSecret();
        Map<String, Object> record = patientApp(secret(secret), null);
        record.put("refreshTokens", Map.of("allowed", false));
        UUID noRefresh = register("PRD", record);
        verifier = new CodeVerifier();
        agent = new PatientAgent();
        code = code(agent.decide(agent.signInAndReachConsent(authorizationRequest(server, noRefresh, verifier, scopes),
                username, password), true));
        TokenResponse tokens = token(server, basic(noRefresh, secret),
                new AuthorizationCodeGrant(code, URI.create(REDIRECT), verifier));
        assertThat(tokens.indicatesSuccess()).isTrue();
        assertThat(tokens.toSuccessResponse().getTokens().getRefreshToken()).isNull();
    }

    @Test
    void tokensAreStoredAsHashesYetIntrospectionAndRevocationStillFindThem() throws Exception {
        String secret = TokenEndpointIT.newSecret();
        UUID client = register("PRD", patientApp(secret(secret), 2));
        OIDCProviderMetadata server = metadata("PRD");
        CodeVerifier verifier = new CodeVerifier();
        PatientAgent agent = new PatientAgent();
        AuthorizationCode code = code(agent.decide(agent.signInAndReachConsent(authorizationRequest(server, client,
                verifier, "launch/patient offline_access patient/Observation.rs"), username, password), true));
        var tokens = token(server, basic(client, secret), new AuthorizationCodeGrant(code, URI.create(REDIRECT),
                verifier)).toSuccessResponse().getTokens();
        String access = tokens.getAccessToken().getValue();
        String refresh = tokens.getRefreshToken().getValue();

        String dump = jdbc.queryForList("select * from oauth2_authorization").toString();
        assertThat(dump).doesNotContain(access, refresh, code.getValue())
                .contains(StoredAuthorizations.sha256(access), StoredAuthorizations.sha256(refresh));

        Reply introspected = withPassword(client.toString(), secret).form(issuerPath("PRD") + "/oauth2/introspect",
                TokenEndpointIT.form("token", access));
        assertThat(introspected.json().path("active").asBoolean()).as(introspected.text()).isTrue();
        assertThat(introspected.json().path("patient").asText()).isEqualTo(patientId);
        Reply revoked = withPassword(client.toString(), secret).form(issuerPath("PRD") + "/oauth2/revoke",
                TokenEndpointIT.form("token", refresh, "token_type_hint", "refresh_token"));
        assertThat(revoked.status()).as(revoked.text()).isEqualTo(200);
        assertInvalidGrant(token(server, basic(client, secret), new RefreshTokenGrant(new RefreshToken(refresh))));
    }

    // --- refusals at the authorization endpoint

    @Test
    void aWrongRedirectUriIsRefusedWithoutRedirecting() throws Exception {
        UUID client = register("PRD", patientApp(secret(TokenEndpointIT.newSecret()), 2));
        OIDCProviderMetadata server = metadata("PRD");

        for (String wrong : List.of("https://pulse.example.com/callback/", "https://pulse.example.com/callback?x=1",
                "https://evil.example/callback", "http://pulse.example.com/callback")) {
            URI request = new AuthorizationRequest.Builder(ResponseType.CODE, new ClientID(client.toString()))
                    .scope(new Scope("patient/Observation.rs")).redirectionURI(URI.create(wrong)).state(new State())
                    .codeChallenge(new CodeVerifier(), CodeChallengeMethod.S256)
                    .endpointURI(server.getAuthorizationEndpointURI()).build().toURI();
            PatientAgent.Page answer = signedInAgent("PRD").get(request);
            assertThat(answer.status()).as(wrong).isEqualTo(400);
            assertThat(answer.location()).as(wrong).isNull();
        }
    }

    @Test
    void pkceWithS256IsRequired() throws Exception {
        UUID client = register("PRD", patientApp(secret(TokenEndpointIT.newSecret()), 2));
        OIDCProviderMetadata server = metadata("PRD");
        AuthorizationRequest.Builder base = new AuthorizationRequest.Builder(ResponseType.CODE,
                new ClientID(client.toString())).scope(new Scope("patient/Observation.rs"))
                .redirectionURI(URI.create(REDIRECT)).state(new State())
                .endpointURI(server.getAuthorizationEndpointURI());

        PatientAgent agent = signedInAgent("PRD");
        String missing = agent.get(base.build().toURI()).location();
        String plain = agent.get(base.codeChallenge(new CodeVerifier(), CodeChallengeMethod.PLAIN).build().toURI())
                .location();

        assertThat(missing).startsWith(REDIRECT).contains("error=invalid_request").contains("code_challenge");
        assertThat(plain).startsWith(REDIRECT).contains("error=invalid_request").contains("code_challenge_method");
    }

    @Test
    void aClientOfAnotherEnvironmentIsUnknownHere() throws Exception {
        String secret = TokenEndpointIT.newSecret();
        UUID client = register("PRD", patientApp(secret(secret), 2));

        PatientAgent.Page answer = signedInAgent("TST").get(authorizationRequest(metadata("TST"), client,
                new CodeVerifier(), "patient/Observation.rs"));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.location()).isNull();
        // nor is a code of PRD anything at TST
        OIDCProviderMetadata production = metadata("PRD");
        CodeVerifier verifier = new CodeVerifier();
        PatientAgent agent = new PatientAgent();
        AuthorizationCode code = code(agent.decide(agent.signInAndReachConsent(authorizationRequest(production, client,
                verifier, "patient/Observation.rs"), username, password), true));
        TokenResponse elsewhere = token(metadata("TST"), basic(client, secret),
                new AuthorizationCodeGrant(code, URI.create(REDIRECT), verifier));
        assertThat(elsewhere.toErrorResponse().getErrorObject().getCode()).isEqualTo("invalid_client");
    }

    @Test
    void aSignInAtOneEnvironmentIsNoSignInAtAnother() throws Exception {
        UUID client = register("TST", patientApp(secret(TokenEndpointIT.newSecret()), 2));
        PatientAgent agent = signedInAgent("PRD");

        PatientAgent.Page answer = agent.get(authorizationRequest(metadata("TST"), client, new CodeVerifier(),
                "patient/Observation.rs"));

        assertThat(answer.status()).isEqualTo(302);
        assertThat(answer.location()).endsWith("/environments/" + organization.id() + "/TST/login");
    }

    @Test
    void aWrongPasswordShowsTheSignInPageAgain() {
        PatientAgent agent = new PatientAgent();
        PatientAgent.Page login = agent.get(URI.create(issuer("PRD") + "/login"));

        PatientAgent.Page again = agent.follow(agent.signIn(login, username, "wrong"));

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body()).contains("Wrong username or password.").doesNotContain("wrong\"");
    }

    @Test
    void aCamundaUserCannotSignInAtAnEnvironment() {
        PatientAgent agent = new PatientAgent();
        PatientAgent.Page login = agent.get(URI.create(issuer("PRD") + "/login"));

        PatientAgent.Page answer = agent.signIn(login, organization.purchaser(),
                TestWorld.password(organization.purchaser()));

        assertThat(answer.location()).endsWith("/login?error");
    }

    @Test
    void wrongPasswordsAreThrottledForThatUsernameFromThatAddress() {
        PatientAgent agent = new PatientAgent();
        PatientAgent.Page login = agent.get(URI.create(issuer("TST") + "/login"));
        for (int i = 0; i < FailureThrottle.PER_CLIENT; i++) {
            assertThat(agent.follow(agent.signIn(login, username, "wrong " + i)).body())
                    .contains("Wrong username or password.");
        }

        PatientAgent.Page held = agent.follow(agent.signIn(agent.get(URI.create(issuer("TST") + "/login")), username,
                password));

        assertThat(held.body()).contains("Too many failed sign-ins from here.");
        // the same patient's account at PRD is another account
        PatientAgent elsewhere = new PatientAgent();
        PatientAgent.Page production = elsewhere.get(URI.create(issuer("PRD") + "/login"));
        assertThat(elsewhere.signIn(production, username, password).location()).doesNotContain("error");
    }

    /**
     * Removal and suspension come with the life after go-live: today a client whose record is no
     * longer in the table (what a removal will do) is unknown at once, and its refresh tokens die
     * with it.
     */
    @Test
    void aClientWhoseRecordIsGoneIsRefusedEverywhere() throws Exception {
        String secret = TokenEndpointIT.newSecret();
        UUID client = register("PRD", patientApp(secret(secret), 2));
        OIDCProviderMetadata server = metadata("PRD");
        CodeVerifier verifier = new CodeVerifier();
        PatientAgent agent = new PatientAgent();
        AuthorizationCode code = code(agent.decide(agent.signInAndReachConsent(authorizationRequest(server, client,
                verifier, "launch/patient offline_access patient/Observation.rs"), username, password), true));
        RefreshToken refreshToken = token(server, basic(client, secret),
                new AuthorizationCodeGrant(code, URI.create(REDIRECT), verifier)).toSuccessResponse().getTokens()
                .getRefreshToken();

        jdbc.update("delete from registered_client where client_id = ?", client);

        TokenResponse refresh = token(server, basic(client, secret), new RefreshTokenGrant(refreshToken));
        assertThat(refresh.toErrorResponse().getErrorObject().getCode()).isEqualTo("invalid_client");
        PatientAgent.Page authorize = signedInAgent("PRD").get(authorizationRequest(server, client, new CodeVerifier(),
                "patient/Observation.rs"));
        assertThat(authorize.status()).isEqualTo(400);
    }

    // --- discovery

    @Test
    void eachEnvironmentAnnouncesItsOwnIssuerAndSmartCapabilities() throws Exception {
        OIDCProviderMetadata production = metadata("PRD");
        JsonNode smart = anonymous().get(issuerPath("PRD") + "/.well-known/smart-configuration").json();

        assertThat(production.getIssuer().getValue()).isEqualTo(issuer("PRD"));
        assertThat(metadata("TST").getIssuer().getValue()).isEqualTo(issuer("TST"));
        assertThat(production.getTokenEndpointURI()).hasToString(issuer("PRD") + "/oauth2/token");
        assertThat(production.getCodeChallengeMethods()).containsExactly(CodeChallengeMethod.S256);
        assertThat(production.getIDTokenJWSAlgs()).containsExactly(JWSAlgorithm.ES256);
        assertThat(production.getTokenEndpointAuthMethods()).extracting(Object::toString).containsExactly(
                "client_secret_basic", "client_secret_post", "private_key_jwt", "none");
        assertThat(production.getGrantTypes()).extracting(Object::toString).containsExactly("authorization_code",
                "client_credentials", "refresh_token");
        assertThat(production.getDeviceAuthorizationEndpointURI()).isNull();
        assertThat(smart.path("issuer").asText()).isEqualTo(issuer("PRD"));
        assertThat(smart.path("token_endpoint").asText()).isEqualTo(issuer("PRD") + "/oauth2/token");
        assertThat(smart.path("code_challenge_methods_supported").toString()).isEqualTo("[\"S256\"]");
        assertThat(smart.path("capabilities").toString()).contains("launch-standalone", "context-standalone-patient",
                "permission-v2", "client-confidential-symmetric", "client-public");
        assertThat(smart.path("token_endpoint_auth_signing_alg_values_supported").toString())
                .isEqualTo("[\"RS384\",\"ES384\"]");
        assertThat(anonymous().get("/environments/" + organization.id() + "/XYZ/.well-known/smart-configuration")
                .status()).isEqualTo(404);
        assertThat(anonymous().get("/environments/" + organization.id() + "/XYZ/.well-known/openid-configuration")
                .status()).isEqualTo(404);
    }

    @Test
    void theIssuerIsTheConfiguredOneWhateverTheHostHeaderSays() throws Exception {
        String spoofed = raw("GET " + issuerPath("PRD") + "/.well-known/openid-configuration HTTP/1.1\r\n"
                + "Host: evil.example\r\nConnection: close\r\n\r\n");

        assertThat(spoofed).contains("\"issuer\":\"" + issuer("PRD") + "\"").doesNotContain("evil.example");
    }

    // --- helpers

    String issuerPath(String environment) {
        return "/environments/" + organization.id() + "/" + environment;
    }

    String issuer(String environment) {
        return "http://127.0.0.1:" + port + issuerPath(environment);
    }

    OIDCProviderMetadata metadata(String environment) throws Exception {
        return OIDCProviderMetadata.resolve(new Issuer(issuer(environment)));
    }

    /** A patient app's record as the sync stores it: two read APIs, every Data Use answer. */
    Map<String, Object> patientApp(Map<String, Object> credential, Integer refreshTokenHours) {
        Map<String, Object> record = new HashMap<>();
        record.put("appName", "Pulse Diary");
        record.put("developer", "Acme Health Apps");
        record.put("audience", "PATIENTS");
        record.put("scopes", List.of("patient/Observation.rs", "patient/Patient.r"));
        record.put("redirectUris", List.of(REDIRECT));
        record.put("dataUseQuestionnaire", ANSWERS);
        record.put("refreshTokens", credential != null && refreshTokenHours != null
                ? Map.of("allowed", true, "durationHours", refreshTokenHours) : Map.of("allowed", false));
        record.put("credentials", credential == null ? List.of() : List.of(credential));
        return record;
    }

    Map<String, Object> secret(String secret) {
        return Map.of("type", "CLIENT_SECRET", "secretVerifier", hasher.verifier(secret));
    }

    UUID register(String environment, Map<String, Object> record) throws Exception {
        UUID clientId = UUID.randomUUID();
        Map<String, Object> stored = new HashMap<>(record);
        stored.put("clientId", clientId);
        registry.store(organization.id(), environment, clientId, JSON.writeValueAsString(stored));
        return clientId;
    }

    static URI authorizationRequest(OIDCProviderMetadata server, UUID client, CodeVerifier verifier, String scopes) {
        return new AuthorizationRequest.Builder(ResponseType.CODE, new ClientID(client.toString()))
                .scope(Scope.parse(scopes)).redirectionURI(URI.create(REDIRECT)).state(new State())
                .codeChallenge(verifier, CodeChallengeMethod.S256).endpointURI(server.getAuthorizationEndpointURI())
                .build().toURI();
    }

    PatientAgent signedInAgent(String environment) {
        PatientAgent agent = new PatientAgent();
        PatientAgent.Page login = agent.get(URI.create(issuer(environment) + "/login"));
        assertThat(agent.signIn(login, username, password).status()).isEqualTo(302);
        return agent;
    }

    static AuthorizationCode code(PatientAgent.Page redirect) throws Exception {
        assertThat(redirect.location()).as(redirect.body()).startsWith(REDIRECT);
        AuthorizationResponse response = AuthorizationResponse.parse(URI.create(redirect.location()));
        assertThat(response.indicatesSuccess()).as(redirect.location()).isTrue();
        return response.toSuccessResponse().getAuthorizationCode();
    }

    static ClientAuthentication basic(UUID client, String secret) {
        return new ClientSecretBasic(new ClientID(client.toString()), new Secret(secret));
    }

    static TokenResponse token(OIDCProviderMetadata server, ClientAuthentication client, AuthorizationGrant grant)
            throws Exception {
        return OIDCTokenResponseParser.parse(new TokenRequest(server.getTokenEndpointURI(), client, grant)
                .toHTTPRequest().send());
    }

    /** A public client's token request: its client_id and the PKCE verifier are its only proof. */
    static TokenResponse token(OIDCProviderMetadata server, ClientAuthentication none, AuthorizationGrant grant,
            UUID publicClient) throws Exception {
        return OIDCTokenResponseParser.parse(new TokenRequest(server.getTokenEndpointURI(),
                new ClientID(publicClient.toString()), grant).toHTTPRequest().send());
    }

    static void assertInvalidGrant(TokenResponse response) {
        assertThat(response.indicatesSuccess()).isFalse();
        TokenErrorResponse error = response.toErrorResponse();
        assertThat(error.getErrorObject().getCode()).isEqualTo("invalid_grant");
    }

    /** One HTTP/1.1 exchange as written, for headers an HTTP client library will not send (Host). */
    String raw(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
