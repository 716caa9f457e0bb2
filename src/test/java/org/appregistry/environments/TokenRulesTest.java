package org.appregistry.environments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.assertj.core.api.AbstractThrowableAssert;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The claim checks of client assertions and the scope rule, against a fixed clock; no keys needed. */
class TokenRulesTest {

    static final Instant NOW = Instant.parse("2030-01-01T12:00:00Z");
    static final String TOKEN_URL = "https://registry.example.org/environments/o/PRD/oauth2/token";
    static final String CLIENT = "9b1f6c1e-6a53-4a52-8d8e-1f2d3c4b5a69";

    final TokenRules rules = new TokenRules(Clock.fixed(NOW, ZoneOffset.UTC));

    /** Claims that pass; each test breaks one. The signature is not these rules' business. */
    static SignedJWT assertion(JWSAlgorithm alg, Consumer<JWTClaimsSet.Builder> change) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(CLIENT).subject(CLIENT)
                .audience(TOKEN_URL).expirationTime(Date.from(NOW.plusSeconds(240))).jwtID("jti-1")
                .issueTime(Date.from(NOW));
        change.accept(claims);
        return new SignedJWT(new JWSHeader(alg), claims.build());
    }

    static SignedJWT assertion(Consumer<JWTClaimsSet.Builder> change) {
        return assertion(JWSAlgorithm.RS384, change);
    }

    AbstractThrowableAssert<?, ?> refusal(SignedJWT assertion) {
        return assertThatThrownBy(() -> rules.checkAssertion(assertion, TOKEN_URL))
                .isInstanceOfSatisfying(OAuth2AuthenticationException.class,
                        e -> assertThat(e.getError().getErrorCode()).isEqualTo("invalid_client"));
    }

    @Test
    void acceptsRs384AndEs384AndReturnsTheClientJtiAndExpiry() {
        for (JWSAlgorithm alg : List.of(JWSAlgorithm.RS384, JWSAlgorithm.ES384)) {
            TokenRules.AssertionClaims claims = rules.checkAssertion(assertion(alg, c -> { }), TOKEN_URL);

            assertThat(claims).isEqualTo(new TokenRules.AssertionClaims(CLIENT, "jti-1", NOW.plusSeconds(240)));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"RS256", "RS512", "PS384", "ES256", "ES512", "HS256", "HS384", "EdDSA"})
    void refusesEveryOtherAlgorithm(String alg) {
        refusal(assertion(JWSAlgorithm.parse(alg), c -> { })).hasMessageContaining("RS384 or ES384");
    }

    @Test
    void issAndSubMustBothBeTheClientId() {
        refusal(assertion(c -> c.subject("someone-else"))).hasMessageContaining("iss and sub");
        refusal(assertion(c -> c.issuer(null))).hasMessageContaining("iss and sub");
        refusal(assertion(c -> c.issuer(null).subject(null))).hasMessageContaining("iss and sub");
        refusal(assertion(c -> c.issuer(" ").subject(" "))).hasMessageContaining("iss and sub");
    }

    @Test
    void audMustContainTheTokenUrl() {
        refusal(assertion(c -> c.audience("https://registry.example.org/environments/o/TST/oauth2/token")))
                .hasMessageContaining("aud").hasMessageContaining(TOKEN_URL);
        refusal(assertion(c -> c.audience((String) null))).hasMessageContaining("aud");

        assertThat(rules.checkAssertion(assertion(c -> c.audience(List.of("https://other.example", TOKEN_URL))),
                TOKEN_URL).clientId()).isEqualTo(CLIENT);
    }

    @Test
    void expMustBePresent() {
        refusal(assertion(c -> c.expirationTime(null))).hasMessageContaining("no exp");
    }

    @Test
    void anExpiredAssertionIsRefusedAfterThirtySecondsOfClockSkew() {
        assertThat(rules.checkAssertion(assertion(c -> c.expirationTime(at(NOW.minusSeconds(30)))), TOKEN_URL))
                .isNotNull();

        refusal(assertion(c -> c.expirationTime(at(NOW.minusSeconds(31))))).hasMessageContaining("expired");
    }

    @Test
    void expMayBeAtMostFiveMinutesAheadPlusSkew() {
        Instant limit = NOW.plus(Duration.ofMinutes(5)).plusSeconds(30);
        assertThat(rules.checkAssertion(assertion(c -> c.expirationTime(at(limit))), TOKEN_URL)).isNotNull();

        refusal(assertion(c -> c.expirationTime(at(limit.plusSeconds(1))))).hasMessageContaining("5 minutes");
        refusal(assertion(c -> c.expirationTime(at(NOW.plus(Duration.ofDays(1)))))).hasMessageContaining("5 minutes");
    }

    @Test
    void nbfInTheFutureIsRefused() {
        refusal(assertion(c -> c.notBeforeTime(at(NOW.plusSeconds(60))))).hasMessageContaining("nbf");

        assertThat(rules.checkAssertion(assertion(c -> c.notBeforeTime(at(NOW.plusSeconds(20)))), TOKEN_URL))
                .isNotNull();
    }

    @Test
    void jtiMustBePresentAndFitTheReplayStore() {
        refusal(assertion(c -> c.jwtID(null))).hasMessageContaining("no jti");
        refusal(assertion(c -> c.jwtID(""))).hasMessageContaining("no jti");
        refusal(assertion(c -> c.jwtID("j".repeat(201)))).hasMessageContaining("longer than 200");

        assertThat(rules.checkAssertion(assertion(c -> c.jwtID("j".repeat(200))), TOKEN_URL).jti()).hasSize(200);
    }

    @Test
    void claimsThatAreNoJsonObjectAreRefused() throws ParseException {
        // header {"alg":"RS384"}, payload [1]
        refusal(SignedJWT.parse("eyJhbGciOiJSUzM4NCJ9.WzFd.c2ln")).hasMessageContaining("not a JSON object");
    }

    @Test
    void usedJtisAreKeptWhileTheExpCheckWouldStillAcceptThem() {
        assertThat(rules.replayWindowStart()).isEqualTo(NOW.minusSeconds(30));
    }

    @Test
    void scopeDefaultsToAllOfTheClientsScopes() {
        List<String> client = List.of("system/Observation.read", "system/Patient.read");

        assertThat(TokenRules.grantedScopes(client, null)).isEqualTo(client);
        assertThat(TokenRules.grantedScopes(client, "  ")).isEqualTo(client);
    }

    @Test
    void aRequestedScopeNarrowsTheToken() {
        List<String> client = List.of("system/Observation.read", "system/Patient.read");

        assertThat(TokenRules.grantedScopes(client, "system/Patient.read")).containsExactly("system/Patient.read");
        assertThat(TokenRules.grantedScopes(client, " system/Patient.read  system/Observation.read system/Patient.read"))
                .containsExactly("system/Patient.read", "system/Observation.read");
    }

    @Test
    void aScopeBeyondTheClientsIsInvalidScope() {
        List<String> client = List.of("system/Patient.read");

        assertThatThrownBy(() -> TokenRules.grantedScopes(client, "system/Patient.read system/Patient.write"))
                .isInstanceOfSatisfying(OAuth2AuthenticationException.class,
                        e -> assertThat(e.getError().getErrorCode()).isEqualTo("invalid_scope"))
                .hasMessageContaining("system/Patient.write");
        // scopes are case-sensitive (RFC 6749 §3.3)
        assertThatThrownBy(() -> TokenRules.grantedScopes(client, "system/patient.read"))
                .isInstanceOf(OAuth2AuthenticationException.class);
    }

    private static Date at(Instant instant) {
        return Date.from(instant);
    }
}
