package org.appregistry.environments;

import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;

/**
 * The rules of the token endpoint that Spring Authorization Server does not know and that need no
 * database and no key: the claims of a client assertion (RFC 7523 §3 as profiled by SMART Backend
 * Services: RS384 or ES384, {@code exp} at most 5 minutes ahead, a {@code jti}) and the scope a
 * {@code client_credentials} token gets. The signature is checked by {@link ClientAssertionDecoders}.
 */
final class TokenRules {

    /** SMART Backend Services allows exactly these two. */
    static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.RS384, JWSAlgorithm.ES384);
    static final Duration MAX_ASSERTION_LIFETIME = Duration.ofMinutes(5);
    static final Duration CLOCK_SKEW = Duration.ofSeconds(30);
    /** The width of used_assertion.jti. */
    static final int MAX_JTI_LENGTH = 200;

    /** What the rest of the checks need from an assertion that passed these rules. */
    record AssertionClaims(String clientId, String jti, Instant expiresAt) {
    }

    private final Clock clock;

    TokenRules(Clock clock) {
        this.clock = clock;
    }

    /**
     * @param tokenUrl the URL of this token endpoint, which {@code aud} must contain
     * @throws OAuth2AuthenticationException {@code invalid_client} naming the first failed check
     */
    AssertionClaims checkAssertion(SignedJWT assertion, String tokenUrl) {
        if (!ALGORITHMS.contains(assertion.getHeader().getAlgorithm())) {
            throw TokenError.invalidClient("the client assertion must be signed with RS384 or ES384");
        }
        JWTClaimsSet claims;
        try {
            claims = assertion.getJWTClaimsSet();
        } catch (ParseException e) {
            throw TokenError.invalidClient("the client assertion's claims are not a JSON object");
        }
        String issuer = claims.getIssuer();
        if (issuer == null || issuer.isBlank() || !issuer.equals(claims.getSubject())) {
            throw TokenError.invalidClient("the client assertion's iss and sub must both be the client ID");
        }
        if (!claims.getAudience().contains(tokenUrl)) {
            throw TokenError.invalidClient("the client assertion's aud must contain the token URL " + tokenUrl);
        }
        Instant now = clock.instant();
        if (claims.getExpirationTime() == null) {
            throw TokenError.invalidClient("the client assertion has no exp");
        }
        Instant expiresAt = claims.getExpirationTime().toInstant();
        if (expiresAt.isBefore(now.minus(CLOCK_SKEW))) {
            throw TokenError.invalidClient("the client assertion has expired (exp)");
        }
        if (expiresAt.isAfter(now.plus(MAX_ASSERTION_LIFETIME).plus(CLOCK_SKEW))) {
            throw TokenError.invalidClient("the client assertion's exp is more than 5 minutes ahead");
        }
        if (claims.getNotBeforeTime() != null && claims.getNotBeforeTime().toInstant().isAfter(now.plus(CLOCK_SKEW))) {
            throw TokenError.invalidClient("the client assertion is not valid yet (nbf)");
        }
        String jti = claims.getJWTID();
        if (jti == null || jti.isBlank()) {
            throw TokenError.invalidClient("the client assertion has no jti");
        }
        if (jti.length() > MAX_JTI_LENGTH) {
            throw TokenError.invalidClient("the client assertion's jti is longer than " + MAX_JTI_LENGTH + " characters");
        }
        return new AssertionClaims(issuer, jti, expiresAt);
    }

    /** Whether a used jti is still needed to refuse a replay: after this, the exp check refuses it anyway. */
    Instant replayWindowStart() {
        return clock.instant().minus(CLOCK_SKEW);
    }

    /**
     * The token's scopes: those requested, or all of the client's when none are (RFC 6749 §3.3,
     * space-delimited and case-sensitive).
     *
     * @throws OAuth2AuthenticationException {@code invalid_scope} when a requested scope is not the client's
     */
    static List<String> grantedScopes(List<String> clientScopes, String requested) {
        if (requested == null || requested.isBlank()) {
            return List.copyOf(new LinkedHashSet<>(clientScopes));
        }
        Set<String> wanted = new LinkedHashSet<>(Arrays.asList(requested.trim().split(" +")));
        for (String scope : wanted) {
            if (!clientScopes.contains(scope)) {
                throw TokenError.invalidScope("the scope " + scope + " is not among the client's scopes");
            }
        }
        return List.copyOf(wanted);
    }
}
