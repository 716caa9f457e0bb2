package org.appregistry.environments;

import java.net.MalformedURLException;
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.source.RateLimitReachedException;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSKeySelector;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.proc.SingleKeyJWSKeySelector;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import org.appregistry.common.FieldProblem;
import org.appregistry.common.InvalidInputException;
import org.appregistry.credentials.CertificateInspector;
import org.appregistry.credentials.SecretHasher;
import org.springframework.stereotype.Service;

/**
 * The token endpoint of the built-in environment registry: authorizes a client synced to this
 * environment for {@code client_credentials}, as the organisation's authorization server would.
 * It authenticates the client by a private_key_jwt assertion (checked against the certificate or
 * JWK Set URL of its record) or a client secret (against the record's bcrypt verifier), and
 * limits the token's scope to the record's. Tokens are random and stored nowhere: the registry
 * serves no API that would accept them; that a client gets one is the proof.
 *
 * <p>Not transactional on purpose: each database call commits by itself, so a replayed jti (a
 * failed insert) leaves nothing to roll back.
 */
@Service
class TokenService {

    static final Duration TOKEN_LIFETIME = Duration.ofMinutes(5);
    private static final int TOKEN_BYTES = 32;
    private static final String CLIENT_CREDENTIALS = "client_credentials";

    /** A token issued: the access token and the scopes it carries. */
    record IssuedToken(String accessToken, Duration lifetime, List<String> scopes) {

        /** Without the token itself. */
        @Override
        public String toString() {
            return "IssuedToken[lifetime=" + lifetime + ", scopes=" + scopes + "]";
        }
    }

    /** What the token endpoint reads of a synced client record (the JSON of sync.ClientRecord). */
    private record SyncedClient(UUID clientId, List<String> scopes, String credentialType, String secretVerifier,
            String certificatePem, String jwksUrl) {
    }

    private final EnvironmentRegistry registry;
    private final SecretHasher secrets;
    private final CertificateInspector certificates;
    private final JwkSetSources jwkSets;
    private final UsedAssertionRepository usedAssertions;
    private final ObjectMapper json;
    private final Clock clock = Clock.systemUTC();
    private final TokenRules rules = new TokenRules(clock);
    private final SecureRandom random = new SecureRandom();

    TokenService(EnvironmentRegistry registry, SecretHasher secrets, CertificateInspector certificates,
            JwkSetSources jwkSets, UsedAssertionRepository usedAssertions, ObjectMapper json) {
        this.registry = registry;
        this.secrets = secrets;
        this.certificates = certificates;
        this.jwkSets = jwkSets;
        this.usedAssertions = usedAssertions;
        this.json = json;
    }

    /**
     * @param tokenUrl the URL the client called, which a client assertion's {@code aud} must contain
     * @throws org.appregistry.common.NotFoundException when the organisation has no such environment
     * @throws TokenError                                 when the request is refused
     */
    IssuedToken issue(UUID organizationId, String environmentCode, String tokenUrl, TokenRequest request) {
        String environment = registry.environment(organizationId, environmentCode).getCode();
        if (request.grantType() == null) {
            throw TokenError.invalidRequest("grant_type is required");
        }
        if (!CLIENT_CREDENTIALS.equals(request.grantType())) {
            throw TokenError.unsupportedGrantType("only the grant type client_credentials is supported");
        }
        SyncedClient client;
        if (request.assertion() != null || request.assertionType() != null) {
            client = byAssertion(organizationId, environment, tokenUrl, request);
        } else if (request.clientSecret() != null) {
            client = bySecret(organizationId, environment, request);
        } else {
            throw TokenError.invalidClient("client authentication is required");
        }
        List<String> scopes = TokenRules.grantedScopes(client.scopes(), request.scope());
        return new IssuedToken(newToken(), TOKEN_LIFETIME, scopes);
    }

    private SyncedClient bySecret(UUID organizationId, String environment, TokenRequest request) {
        if (request.clientId() == null) {
            throw TokenError.invalidClient("client_id is required with client_secret");
        }
        SyncedClient client = registered(organizationId, environment, request.clientId());
        requireCredentials(client, Set.of("CLIENT_SECRET"), "the client does not authenticate with a client secret");
        if (!secrets.matches(request.clientSecret(), client.secretVerifier())) {
            throw TokenError.invalidClient("the client secret is wrong");
        }
        return client;
    }

    private SyncedClient byAssertion(UUID organizationId, String environment, String tokenUrl, TokenRequest request) {
        if (!TokenRequest.JWT_BEARER.equals(request.assertionType())) {
            throw TokenError.invalidClient("client_assertion_type must be " + TokenRequest.JWT_BEARER);
        }
        if (request.assertion() == null) {
            throw TokenError.invalidClient("client_assertion is required with client_assertion_type");
        }
        SignedJWT assertion;
        try {
            assertion = SignedJWT.parse(request.assertion());
        } catch (ParseException e) {
            throw TokenError.invalidClient("the client assertion is not a signed JWT");
        }
        TokenRules.AssertionClaims claims = rules.checkAssertion(assertion, tokenUrl);
        // RFC 7521 §4.2: a client_id sent beside the assertion must name the same client
        if (request.clientId() != null && !request.clientId().equals(claims.clientId())) {
            throw TokenError.invalidClient("client_id is not the client the assertion names (iss)");
        }
        SyncedClient client = registered(organizationId, environment, claims.clientId());
        verifySignature(assertion, keySelector(client, assertion));
        // only now: an unverified assertion must not use up a jti of the real client
        if (!usedAssertions.remember(client.clientId(), claims.jti(), claims.expiresAt(), rules.replayWindowStart())) {
            throw TokenError.invalidClient("the client assertion's jti was used before (replay)");
        }
        return client;
    }

    private JWSKeySelector<SecurityContext> keySelector(SyncedClient client, SignedJWT assertion) {
        requireCredentials(client, Set.of("CERTIFICATE", "JWKS_URL"),
                "the client does not authenticate with a private key (private_key_jwt)");
        if ("CERTIFICATE".equals(client.credentialType())) {
            try {
                // inspected again at each use: the certificate may have expired since it was synced
                return new SingleKeyJWSKeySelector<>(assertion.getHeader().getAlgorithm(),
                        certificates.inspect("certificate", client.certificatePem(), clock.instant()).publicKey());
            } catch (InvalidInputException e) {
                throw TokenError.invalidClient("the client's registered certificate cannot be used: "
                        + e.problems().stream().map(FieldProblem::message).collect(Collectors.joining("; ")));
            }
        }
        if (client.jwksUrl() == null) {
            throw TokenError.invalidClient("the client's record has no JWK Set URL");
        }
        try {
            // a key is chosen by the header's kid (when given) and alg
            return new JWSVerificationKeySelector<>(TokenRules.ALGORITHMS, jwkSets.forUrl(client.jwksUrl()));
        } catch (MalformedURLException e) {
            throw TokenError.invalidClient("the client's JWK Set URL is not an http(s) URL");
        }
    }

    private static void verifySignature(SignedJWT assertion, JWSKeySelector<SecurityContext> keys) {
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(keys);
        // TokenRules checked the claims already, against its clock and with the messages it names
        processor.setJWTClaimsSetVerifier(null);
        String noKey = "the client assertion's signature does not verify with the client's registered key";
        try {
            processor.process(assertion, null);
        } catch (RateLimitReachedException e) {
            // the cached set lacked the key and was refetched a moment ago: it still lacks it
            throw TokenError.invalidClient(noKey);
        } catch (KeySourceException e) {
            throw TokenError.invalidClient("the client's JWK Set could not be fetched from its JWK Set URL");
        } catch (BadJOSEException | JOSEException e) {
            throw TokenError.invalidClient(noKey);
        }
    }

    private static void requireCredentials(SyncedClient client, Set<String> accepted, String otherwise) {
        if ("NONE".equals(client.credentialType())) {
            throw TokenError.invalidClient("the client is public (it has no credentials) and cannot use "
                    + CLIENT_CREDENTIALS);
        }
        if (!accepted.contains(client.credentialType())) {
            throw TokenError.invalidClient(otherwise);
        }
    }

    /** The client's record in this environment; a client synced elsewhere is not registered here. */
    private SyncedClient registered(UUID organizationId, String environment, String clientId) {
        UUID id;
        try {
            id = UUID.fromString(clientId);
        } catch (IllegalArgumentException e) {
            throw notRegistered();
        }
        // UUID.fromString also reads short forms such as 1-2-3-4-5; a client ID is spelt in full
        if (!id.toString().equalsIgnoreCase(clientId)) {
            throw notRegistered();
        }
        RegisteredClient client = registry.find(organizationId, environment, id)
                .orElseThrow(TokenService::notRegistered);
        JsonNode record;
        try {
            record = json.readTree(client.getRecord());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the stored client record of " + id + " is not JSON", e);
        }
        List<String> scopes = new ArrayList<>();
        record.path("scopes").forEach(scope -> scopes.add(scope.asText()));
        JsonNode credentials = record.path("credentials");
        return new SyncedClient(id, scopes, credentials.path("type").asText("NONE"),
                text(credentials, "secretVerifier"), text(credentials, "certificatePem"), text(credentials, "jwksUrl"));
    }

    private static TokenError notRegistered() {
        return TokenError.invalidClient("the client is not registered in this environment");
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() ? value.asText() : null;
    }

    /** 256 random bits, base64url without padding. */
    private String newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
