package org.appregistry.environments;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import org.appregistry.credentials.SecretHasher;
import org.appregistry.credentials.TestCertificate;
import org.appregistry.credentials.TestCertificates;
import org.appregistry.support.ClientAssertion;
import org.appregistry.support.HttpApi.Reply;
import org.appregistry.support.IntegrationTest;
import org.appregistry.support.TestWorld.TestOrganization;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The token endpoint of the built-in environment registry (Spring Authorization Server) over real
 * HTTP, for backend apps: client records are stored as the sync would store them, then clients ask
 * for tokens with private_key_jwt (certificate or JWK Set URL) or a client secret.
 */
class TokenEndpointIT extends IntegrationTest {

    static final List<String> SCOPES = List.of("system/Observation.rs", "system/Patient.r");
    static final ObjectMapper JSON = new ObjectMapper();
    static final SecureRandom RANDOM = new SecureRandom();
    // one key pair of each kind for the whole class: RSA key generation is slow
    static final TestCertificate RSA = TestCertificates.rsa(2048);
    static final TestCertificate P384 = TestCertificates.ec("secp384r1");
    static final TestCertificate OTHER_RSA = TestCertificates.rsa(2048);

    static WireMockServer jwksServer;

    @Autowired
    EnvironmentRegistry registry;

    @Autowired
    SecretHasher hasher;

    TestOrganization organization;

    @BeforeAll
    static void startJwksServer() {
        jwksServer = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
        jwksServer.start();
    }

    @AfterAll
    static void stopJwksServer() {
        jwksServer.stop();
    }

    @BeforeEach
    void organization() {
        organization = world.organization();
    }

    @Test
    void anRs384AssertionSignedWithTheCertificatesKeyGetsATokenForAllTheClientsScopes() {
        UUID client = register("PRD", certificate(RSA));

        Reply reply = token("PRD", assertionForm(assertion(client, "PRD").signedWith(RSA.keyPair())));

        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        JsonNode token = reply.json();
        assertThat(token.path("token_type").asText()).isEqualTo("Bearer");
        assertThat(token.path("expires_in").asInt()).isBetween(299, 300);
        assertThat(scopes(token)).containsExactlyInAnyOrderElementsOf(SCOPES);
        // a JWT signed by the environment
        assertThat(token.path("access_token").asText()).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
        assertThat(reply.headers().getCacheControl()).contains("no-store");
    }

    @Test
    void anEs384AssertionSignedWithAP384CertificatesKeyGetsAToken() {
        UUID client = register("TST", certificate(P384));

        Reply reply = token("TST", assertionForm(assertion(client, "TST").alg(JWSAlgorithm.ES384)
                .signedWith(P384.keyPair())));

        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        assertThat(scopes(reply.json())).containsExactlyInAnyOrderElementsOf(SCOPES);
    }

    @Test
    void aRequestedScopeNarrowsTheTokenAndOneBeyondTheRecordIsInvalidScope() {
        UUID client = register("PRD", certificate(RSA));

        Reply narrowed = token("PRD", with(assertionForm(assertion(client, "PRD").signedWith(RSA.keyPair())),
                "scope", "system/Patient.r"));
        Reply beyond = token("PRD", with(assertionForm(assertion(client, "PRD").signedWith(RSA.keyPair())),
                "scope", "system/Patient.r system/Patient.cu"));

        assertThat(narrowed.status()).as(narrowed.text()).isEqualTo(200);
        assertThat(narrowed.json().path("scope").asText()).isEqualTo("system/Patient.r");
        assertError(beyond, 400, "invalid_scope", "system/Patient.cu");
    }

    static Stream<Arguments> badAssertions() {
        Instant now = Instant.now();
        return Stream.of(
                Arguments.of("signed with another key", (UnaryOperator<ClientAssertion>) a -> a.key(OTHER_RSA.keyPair()),
                        "signature does not verify"),
                Arguments.of("expired", (UnaryOperator<ClientAssertion>) a -> a.expiresAt(now.minusSeconds(120)), "expired"),
                Arguments.of("exp too far ahead", (UnaryOperator<ClientAssertion>) a -> a.expiresAt(now.plusSeconds(600)),
                        "5 minutes"),
                Arguments.of("wrong aud", (UnaryOperator<ClientAssertion>) a -> a.audience("https://elsewhere.example/token"),
                        "aud"),
                Arguments.of("iss is not sub", (UnaryOperator<ClientAssertion>) a -> a.subject(UUID.randomUUID().toString()),
                        "iss and sub"),
                Arguments.of("RS256", (UnaryOperator<ClientAssertion>) a -> a.alg(JWSAlgorithm.RS256), "RS384 or ES384"),
                Arguments.of("HS256", (UnaryOperator<ClientAssertion>) a -> a.alg(JWSAlgorithm.HS256), "RS384 or ES384"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badAssertions")
    void aBadAssertionIsInvalidClient(String name, UnaryOperator<ClientAssertion> change, String check) {
        UUID client = register("PRD", certificate(RSA));
        String assertion = change.apply(assertion(client, "PRD").key(RSA.keyPair())).sign();

        Reply reply = token("PRD", assertionForm(assertion));

        assertError(reply, 400, "invalid_client", check);
        assertThat(reply.text()).doesNotContain(assertion);
    }

    @Test
    void aReplayedAssertionIsInvalidClient() {
        UUID client = register("PRD", certificate(RSA));
        String assertion = assertion(client, "PRD").signedWith(RSA.keyPair());

        Reply first = token("PRD", assertionForm(assertion));
        Reply again = token("PRD", assertionForm(assertion));

        assertThat(first.status()).as(first.text()).isEqualTo(200);
        assertError(again, 400, "invalid_client", "replay");
    }

    @Test
    void aCertificateThatHasExpiredSinceItWasSyncedIsInvalidClient() {
        TestCertificate expired = RSA.expired();
        UUID client = register("PRD", certificate(expired));

        Reply reply = token("PRD", assertionForm(assertion(client, "PRD").signedWith(expired.keyPair())));

        assertError(reply, 400, "invalid_client", "expired");
    }

    @Test
    void aClientSyncedToProductionIsNotRegisteredInTest() {
        UUID client = register("PRD", certificate(RSA));

        Reply reply = token("TST", assertionForm(assertion(client, "TST").signedWith(RSA.keyPair())));

        assertError(reply, 400, "invalid_client", "not registered in this environment");
    }

    @Test
    void anUnknownClientIsInvalidClient() {
        Reply reply = token("PRD", assertionForm(assertion(UUID.randomUUID(), "PRD").signedWith(RSA.keyPair())));

        assertError(reply, 400, "invalid_client", "not registered in this environment");
    }

    @Test
    void aPublicClientCannotUseClientCredentials() {
        UUID client = register("PRD", Map.of("type", "NONE"));

        Reply byAssertion = token("PRD", assertionForm(assertion(client, "PRD").signedWith(RSA.keyPair())));
        Reply bySecret = token("PRD", form("grant_type", "client_credentials", "client_id", client.toString(),
                "client_secret", "anything"));
        Reply byIdOnly = token("PRD", form("grant_type", "client_credentials", "client_id", client.toString()));

        assertError(byAssertion, 400, "invalid_client", "public");
        assertError(bySecret, 400, "invalid_client", "public");
        assertError(byIdOnly, 400, "invalid_client", "client authentication is required");
    }

    @Test
    void aClientWithASecretMayNotUseAnAssertion() {
        UUID client = register("PRD", secret(newSecret()));

        Reply reply = token("PRD", assertionForm(assertion(client, "PRD").signedWith(RSA.keyPair())));

        assertError(reply, 400, "invalid_client", "private_key_jwt");
    }

    @Test
    void theRightSecretGetsATokenWithBasicOrInTheForm() {
        String secret = newSecret();
        UUID client = register("PRD", secret(secret));

        Reply basic = withPassword(client.toString(), secret).form(path("PRD"),
                form("grant_type", "client_credentials"));
        Reply post = token("PRD", form("grant_type", "client_credentials", "client_id", client.toString(),
                "client_secret", secret, "scope", "system/Observation.rs"));

        assertThat(basic.status()).as(basic.text()).isEqualTo(200);
        assertThat(scopes(basic.json())).containsExactlyInAnyOrderElementsOf(SCOPES);
        assertThat(post.status()).as(post.text()).isEqualTo(200);
        assertThat(post.json().path("scope").asText()).isEqualTo("system/Observation.rs");
        assertThat(basic.json().path("access_token").asText()).isNotEqualTo(post.json().path("access_token").asText());
    }

    @Test
    void aWrongSecretIsInvalidClientAndNeverEchoed() {
        UUID client = register("PRD", secret(newSecret()));
        String wrong = newSecret();

        Reply basic = withPassword(client.toString(), wrong).form(path("PRD"), form("grant_type", "client_credentials"));
        Reply post = token("PRD", form("grant_type", "client_credentials", "client_id", client.toString(),
                "client_secret", wrong));

        assertError(basic, 401, "invalid_client", "secret is wrong");
        assertThat(basic.headers().getFirst("WWW-Authenticate")).startsWith("Basic ");
        assertError(post, 400, "invalid_client", "secret is wrong");
        assertThat(post.headers().getFirst("WWW-Authenticate")).isNull();
        assertThat(basic.text() + post.text()).doesNotContain(wrong);
    }

    @Test
    void aCamundaUsersBasicLoginIsNoClientAuthenticationHere() {
        Reply reply = asOperator().form(path("PRD"), form("grant_type", "client_credentials"));

        assertError(reply, 401, "invalid_client", "not registered in this environment");
        assertThat(reply.text()).doesNotContain(OPERATOR_PASSWORD);
    }

    @Test
    void onlyClientCredentialsIsSupported() {
        String secret = newSecret();
        UUID client = register("PRD", secret(secret));

        Reply password = token("PRD", form("grant_type", "password", "client_id", client.toString(),
                "client_secret", secret));
        Reply none = token("PRD", form("client_id", client.toString(), "client_secret", secret));

        assertError(password, 400, "unsupported_grant_type", "grant_type");
        assertError(none, 400, "invalid_request", "grant_type");
    }

    @Test
    void withoutClientAuthenticationTheAnswerIsInvalidClient() {
        Reply reply = token("PRD", form("grant_type", "client_credentials"));

        assertError(reply, 400, "invalid_client", "client authentication is required");
    }

    @Test
    void credentialsInTheUrlAreRefused() {
        String secret = newSecret();
        UUID client = register("PRD", secret(secret));

        Reply reply = anonymous().form(path("PRD") + "?client_secret=" + secret, form("grant_type", "client_credentials",
                "client_id", client.toString()));

        assertError(reply, 400, "invalid_request", "request body");
    }

    @Test
    void anUnknownEnvironmentHasNoTokenEndpoint() {
        Reply reply = token("XYZ", form("grant_type", "client_credentials"));

        assertThat(reply.status()).isEqualTo(404);
    }

    @Test
    void theRestOfTheEnvironmentRegistryStillRequiresALogin() {
        UUID client = register("PRD", certificate(RSA));
        String clients = "/environments/" + organization.id() + "/PRD/clients/" + client;

        assertThat(anonymous().get(clients).status()).isEqualTo(401);
        assertThat(anonymous().put(clients, Map.of("clientId", client)).status()).isEqualTo(401);
        assertThat(anonymous().get(path("PRD")).status()).isEqualTo(401);
    }

    @Test
    void anAssertionSignedWithAKeyOfTheClientsJwkSetGetsAToken() {
        KeyPair listed = TestCertificates.ec("secp384r1").keyPair();
        UUID client = register("PRD", jwksUrl(serveJwkSet(new JWKSet(List.of(
                new RSAKey.Builder((RSAPublicKey) RSA.keyPair().getPublic()).keyID("rsa-1").build(),
                new ECKey.Builder(Curve.P_384, (ECPublicKey) listed.getPublic()).keyID("ec-1").build())))));

        Reply ec = token("PRD", assertionForm(assertion(client, "PRD").alg(JWSAlgorithm.ES384).kid("ec-1")
                .signedWith(listed)));
        Reply rsa = token("PRD", assertionForm(assertion(client, "PRD").kid("rsa-1").signedWith(RSA.keyPair())));

        assertThat(ec.status()).as(ec.text()).isEqualTo(200);
        assertThat(scopes(ec.json())).containsExactlyInAnyOrderElementsOf(SCOPES);
        assertThat(rsa.status()).as(rsa.text()).isEqualTo(200);
    }

    @Test
    void anAssertionSignedWithAKeyNotInTheClientsJwkSetIsInvalidClient() {
        UUID client = register("PRD", jwksUrl(serveJwkSet(new JWKSet(
                new RSAKey.Builder((RSAPublicKey) RSA.keyPair().getPublic()).keyID("rsa-1").build()))));

        Reply unknownKid = token("PRD", assertionForm(assertion(client, "PRD").kid("rsa-2")
                .signedWith(OTHER_RSA.keyPair())));
        Reply wrongKey = token("PRD", assertionForm(assertion(client, "PRD").kid("rsa-1")
                .signedWith(OTHER_RSA.keyPair())));
        Reply noKid = token("PRD", assertionForm(assertion(client, "PRD").signedWith(OTHER_RSA.keyPair())));

        assertError(unknownKid, 400, "invalid_client", "signature does not verify");
        assertError(wrongKey, 400, "invalid_client", "signature does not verify");
        assertError(noKid, 400, "invalid_client", "signature does not verify");
    }

    @Test
    void aJwkSetThatCannotBeFetchedInTimeIsInvalidClient() {
        String broken = "/jwks/" + UUID.randomUUID() + ".json";
        String slow = "/jwks/" + UUID.randomUUID() + ".json";
        jwksServer.stubFor(get(urlEqualTo(broken)).willReturn(aResponse().withStatus(500)));
        jwksServer.stubFor(get(urlEqualTo(slow)).willReturn(okJson("{\"keys\": []}").withFixedDelay(5_000)));
        UUID brokenClient = register("PRD", jwksUrl(jwksServer.baseUrl() + broken));
        UUID slowClient = register("PRD", jwksUrl(jwksServer.baseUrl() + slow));

        Reply error = token("PRD", assertionForm(assertion(brokenClient, "PRD").signedWith(RSA.keyPair())));
        long start = System.nanoTime();
        Reply timeout = token("PRD", assertionForm(assertion(slowClient, "PRD").signedWith(RSA.keyPair())));
        Duration waited = Duration.ofNanos(System.nanoTime() - start);

        assertError(error, 400, "invalid_client", "could not be fetched");
        assertError(timeout, 400, "invalid_client", "could not be fetched");
        // the read timeout (2 s), not the server's 5 s delay
        assertThat(waited).isLessThan(Duration.ofMillis(4_500));
    }

    // --- the security findings of the attack review, each kept as a test

    @Test
    void wrongSecretsFromOneAddressAreThrottledWhileOtherClientsStillWork() {
        String secret = newSecret();
        UUID client = register("PRD", secret(secret));
        String other = newSecret();
        UUID otherClient = register("PRD", secret(other));

        for (int i = 0; i < FailureThrottle.PER_CLIENT; i++) {
            assertError(token("PRD", secretForm(client, newSecret())), 400, "invalid_client", "secret is wrong");
        }
        Reply held = token("PRD", secretForm(client, secret));
        Reply elsewhere = token("PRD", secretForm(otherClient, other));

        assertThat(held.status()).as(held.text()).isEqualTo(429);
        assertThat(held.json().path("error").asText()).isEqualTo("invalid_client");
        assertThat(held.json().path("error_description").asText()).contains("too many failed client authentications");
        assertThat(Integer.parseInt(held.headers().getFirst("Retry-After"))).isBetween(1, 60);
        assertThat(elsewhere.status()).as(elsewhere.text()).isEqualTo(200);
        clock.moveForward(FailureThrottle.WINDOW);
        assertThat(token("PRD", secretForm(client, secret)).status()).isEqualTo(200);
    }

    @Test
    void anUnknownClientAndAWrongSecretGetTheSameAnswer() {
        UUID client = register("PRD", secret(newSecret()));

        Reply wrongSecret = token("PRD", secretForm(client, newSecret()));
        Reply unknownClient = token("PRD", secretForm(UUID.randomUUID(), newSecret()));

        assertThat(wrongSecret.status()).isEqualTo(unknownClient.status());
        assertThat(wrongSecret.json()).isEqualTo(unknownClient.json());
    }

    @Test
    void theAudienceIsTheConfiguredTokenUrlNotOneMadeFromTheHostHeader() throws Exception {
        UUID client = register("PRD", certificate(RSA));
        String spoofedUrl = "http://evil.example" + path("PRD");
        String assertion = new ClientAssertion(client, spoofedUrl).signedWith(RSA.keyPair());
        String body = "grant_type=client_credentials&client_assertion_type="
                + "urn%3Aietf%3Aparams%3Aoauth%3Aclient-assertion-type%3Ajwt-bearer&client_assertion=" + assertion;

        String answer = raw("POST " + path("PRD") + " HTTP/1.1\r\nHost: evil.example\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length()
                + "\r\nConnection: close\r\n\r\n" + body);

        assertThat(answer).startsWith("HTTP/1.1 400").contains("invalid_client")
                .contains("aud must contain the token URL http://127.0.0.1:" + port + path("PRD"));
    }

    @Test
    void oversizedRequestsAreRefusedBeforeAnythingIsParsed() {
        UUID client = register("PRD", certificate(RSA));
        String huge = "e" + "A".repeat(1_800_000);

        Reply bigBody = token("PRD", assertionForm(huge));
        Reply bigAssertion = token("PRD", assertionForm(assertion(client, "PRD").signedWith(RSA.keyPair())
                + "A".repeat(ClientAssertionConverter.MAX_ASSERTION_LENGTH)));

        assertError(bigBody, 400, "invalid_request", "larger than 65536 bytes");
        assertError(bigAssertion, 400, "invalid_client", "longer than 16384 characters");
    }

    @Test
    void aJwkSetUrlAtAnInternalAddressIsNeverFetched() {
        for (String internal : List.of("https://169.254.169.254/latest/meta-data/jwks.json",
                "http://127.0.0.2:" + jwksServer.port() + "/jwks.json", "https://10.1.2.3/jwks.json",
                "https://[::1]/jwks.json", "https://192.168.0.1/jwks.json")) {
            UUID client = register("PRD", jwksUrl(internal));
            long start = System.nanoTime();

            Reply reply = token("PRD", assertionForm(assertion(client, "PRD").signedWith(RSA.keyPair())));

            assertError(reply, 400, "invalid_client", "could not be fetched");
            // refused before connecting: no connect timeout was waited for
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as(internal).isLessThan(Duration.ofMillis(1_500));
        }
    }

    @Test
    void aTokenRequestNeedsExactlyOneWayOfAuthenticatingAndNoRepeatedParameter() {
        String secret = newSecret();
        UUID client = register("PRD", secret(secret));

        Reply two = withPassword(client.toString(), secret).form(path("PRD"), secretForm(client, secret));
        Reply repeated = token("PRD", with(with(secretForm(client, secret), "scope", "system/Patient.r"), "scope",
                "system/Patient.r"));

        assertError(two, 400, "invalid_request", "exactly one way");
        assertError(repeated, 400, "invalid_request", "scope is repeated");
    }

    // --- helpers

    MultiValueMap<String, String> secretForm(UUID client, String secret) {
        return form("grant_type", "client_credentials", "client_id", client.toString(), "client_secret", secret);
    }

    /** One HTTP/1.1 exchange as written, for headers an HTTP client library will not send (Host). */
    String raw(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Stores a client record in one environment as the sync would, with these credentials. */
    UUID register(String environment, Map<String, Object> credentials) {
        UUID clientId = UUID.randomUUID();
        Map<String, Object> record = Map.of("clientId", clientId, "organizationId", organization.id(),
                "environment", environment, "audience", "BACKEND_SYSTEMS", "scopes", SCOPES,
                "credentials", credentials);
        try {
            registry.store(organization.id(), environment, clientId, JSON.writeValueAsString(record));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return clientId;
    }

    static Map<String, Object> certificate(TestCertificate certificate) {
        return Map.of("type", "CERTIFICATE", "certificatePem", certificate.pem());
    }

    Map<String, Object> secret(String secret) {
        return Map.of("type", "CLIENT_SECRET", "secretVerifier", hasher.verifier(secret));
    }

    /**
     * Production rules want an https JWK Set URL (JwksUrlRules, at provisioning); the registry
     * keeps whatever the record says, so a plain-http WireMock on 127.0.0.1 stands in here.
     */
    static Map<String, Object> jwksUrl(String url) {
        return Map.of("type", "JWKS_URL", "jwksUrl", url);
    }

    /** A URL of its own per test: the token endpoint caches each URL's set. */
    static String serveJwkSet(JWKSet set) {
        String path = "/jwks/" + UUID.randomUUID() + ".json";
        jwksServer.stubFor(get(urlEqualTo(path)).willReturn(okJson(set.toString())));
        return jwksServer.baseUrl() + path;
    }

    static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    String path(String environment) {
        return "/environments/" + organization.id() + "/" + environment + "/oauth2/token";
    }

    /** An anonymous token request: the client authenticates in the form, if at all. */
    Reply token(String environment, MultiValueMap<String, String> form) {
        return anonymous().form(path(environment), form);
    }

    static MultiValueMap<String, String> form(String... namesAndValues) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            form.add(namesAndValues[i], namesAndValues[i + 1]);
        }
        return form;
    }

    static MultiValueMap<String, String> assertionForm(String assertion) {
        return form("grant_type", "client_credentials", "client_assertion_type",
                "urn:ietf:params:oauth:client-assertion-type:jwt-bearer", "client_assertion", assertion);
    }

    static MultiValueMap<String, String> with(MultiValueMap<String, String> form, String name, String value) {
        form.add(name, value);
        return form;
    }

    static List<String> scopes(JsonNode token) {
        return List.of(token.path("scope").asText().split(" "));
    }

    static void assertError(Reply reply, int status, String error, String descriptionPart) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(status);
        assertThat(reply.headers().getContentType()).hasToString("application/json");
        assertThat(reply.json().path("error").asText()).as(reply.text()).isEqualTo(error);
        assertThat(reply.json().path("error_description").asText()).as(reply.text()).contains(descriptionPart);
    }

    /** A client assertion for this environment's token URL. */
    ClientAssertion assertion(UUID clientId, String environment) {
        return new ClientAssertion(clientId, "http://127.0.0.1:" + port + path(environment));
    }
}
