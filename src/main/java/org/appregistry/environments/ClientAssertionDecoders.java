package org.appregistry.environments;

import java.net.MalformedURLException;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoderFactory;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.context.AuthorizationServerContextHolder;
import org.springframework.stereotype.Component;

/**
 * Checks a client assertion (private_key_jwt) as SMART Backend Services wants it, for Spring
 * Authorization Server's {@code JwtClientAssertionAuthenticationProvider}: the claims by
 * {@link TokenRules} ({@code aud} must contain this issuer's token URL, from the configured
 * issuer, never from the Host header), the signature against the synced certificate (inspected
 * again at each use, so one that expired since is refused) or the keys at the JWK Set URL, then
 * the {@code jti}, remembered only once the signature verified (so that a forged assertion cannot
 * use up a jti of the real client). Refusals are {@code invalid_client} naming the failed check.
 */
@Component
class ClientAssertionDecoders implements JwtDecoderFactory<RegisteredClient> {

    private final SyncedClients clients;
    private final CertificateInspector certificates;
    private final JwkSetSources jwkSets;
    private final UsedAssertionRepository usedAssertions;
    private final Clock clock;
    private final TokenRules rules;

    ClientAssertionDecoders(SyncedClients clients, CertificateInspector certificates, JwkSetSources jwkSets,
            UsedAssertionRepository usedAssertions, Clock clock) {
        this.clients = clients;
        this.certificates = certificates;
        this.jwkSets = jwkSets;
        this.usedAssertions = usedAssertions;
        this.clock = clock;
        this.rules = new TokenRules(clock);
    }

    @Override
    public JwtDecoder createDecoder(RegisteredClient registeredClient) {
        return token -> decode(registeredClient, token);
    }

    private Jwt decode(RegisteredClient registeredClient, String token) {
        SyncedClient client = SyncedClients.currentEnvironment()
                .flatMap(environment -> clients.find(environment, registeredClient.getClientId()))
                .orElseThrow(() -> TokenError.invalidClient("the client is not registered in this environment"));
        SignedJWT assertion;
        try {
            assertion = SignedJWT.parse(token);
        } catch (ParseException e) {
            throw TokenError.invalidClient("the client assertion is not a signed JWT");
        }
        String tokenUrl = AuthorizationServerContextHolder.getContext().getIssuer() + "/oauth2/token";
        TokenRules.AssertionClaims claims = rules.checkAssertion(assertion, tokenUrl);
        if (!claims.clientId().equals(registeredClient.getClientId())) {
            throw TokenError.invalidClient("client_id is not the client the assertion names (iss)");
        }
        verifySignature(assertion, client.keysAt(clock.instant()));
        if (!usedAssertions.remember(client.clientId(), claims.jti(), claims.expiresAt(), rules.replayWindowStart())) {
            throw TokenError.invalidClient("the client assertion's jti was used before (replay)");
        }
        Map<String, Object> claimSet;
        try {
            claimSet = assertion.getJWTClaimsSet().toJSONObject();
        } catch (ParseException e) {
            throw TokenError.invalidClient("the client assertion's claims are not a JSON object");
        }
        return Jwt.withTokenValue(token)
                .headers(headers -> headers.putAll(assertion.getHeader().toJSONObject()))
                .claims(c -> {
                    c.putAll(claimSet);
                    // Jwt wants Instants for its time claims; exp is the one that matters here
                    c.keySet().removeAll(List.of("iat", "nbf", "exp"));
                })
                .expiresAt(claims.expiresAt())
                .build();
    }

    /** The assertion must verify with one of the client's current keys (two while a rotation overlaps). */
    private void verifySignature(SignedJWT assertion, List<SyncedClient.Credential> keys) {
        String noKey = "the client assertion's signature does not verify with the client's registered key";
        String refusal = noKey;
        for (SyncedClient.Credential key : keys) {
            try {
                DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
                processor.setJWSKeySelector(keySelector(key, assertion));
                // TokenRules checked the claims already, against its clock and with the messages it names
                processor.setJWTClaimsSetVerifier(null);
                processor.process(assertion, null);
                return;
            } catch (RateLimitReachedException e) {
                // the cached set lacked the key and was refetched a moment ago: it still lacks it
                refusal = noKey;
            } catch (KeySourceException e) {
                refusal = "the client's JWK Set could not be fetched from its JWK Set URL";
            } catch (BadJOSEException | JOSEException e) {
                refusal = noKey;
            } catch (UnusableKey e) {
                refusal = e.getMessage();
            }
        }
        throw TokenError.invalidClient(refusal);
    }

    private JWSKeySelector<SecurityContext> keySelector(SyncedClient.Credential key, SignedJWT assertion) {
        if ("CERTIFICATE".equals(key.type())) {
            try {
                return new SingleKeyJWSKeySelector<>(assertion.getHeader().getAlgorithm(),
                        certificates.inspect("certificate", key.certificatePem(), clock.instant()).publicKey());
            } catch (InvalidInputException e) {
                throw new UnusableKey("the client's registered certificate cannot be used: "
                        + e.problems().stream().map(FieldProblem::message).collect(Collectors.joining("; ")));
            }
        }
        if (key.jwksUrl() == null) {
            throw new UnusableKey("the client's record has no JWK Set URL");
        }
        try {
            // a key is chosen by the header's kid (when given) and alg
            return new JWSVerificationKeySelector<>(TokenRules.ALGORITHMS, jwkSets.forUrl(key.jwksUrl()));
        } catch (MalformedURLException e) {
            throw new UnusableKey("the client's JWK Set URL is not an http(s) URL");
        }
    }

    private static final class UnusableKey extends RuntimeException {
        UnusableKey(String message) {
            super(message, null, false, false);
        }
    }
}
