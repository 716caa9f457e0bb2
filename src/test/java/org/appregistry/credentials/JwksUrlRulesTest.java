package org.appregistry.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;

import org.appregistry.common.FieldProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class JwksUrlRulesTest {

    private static final String LONGEST = "https://example.com/" + "k".repeat(JwksUrlRules.MAX_LENGTH - 20);

    /** Names resolve nowhere here; JwksUrlAddressTest covers where they point. */
    private final JwksUrlRules rules = new JwksUrlRules(new PublicAddresses(host -> {
        throw new java.net.UnknownHostException(host);
    }));

    @ParameterizedTest
    @ValueSource(strings = {
        "https://example.com/.well-known/jwks.json",
        "https://keys.example.com:8443/jwks?tenant=a",
        "HTTPS://EXAMPLE.COM/jwks"
    })
    void acceptsAbsoluteHttpsUrls(String url) {
        assertThat(rules.check("jwksUrl", url)).isEmpty();
    }

    @Test
    void acceptsUpTo2000Characters() {
        assertThat(LONGEST).hasSize(JwksUrlRules.MAX_LENGTH);
        assertThat(rules.check("jwksUrl", LONGEST)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedUrls")
    void refusesNamingTheRule(String url, String rule) {
        List<FieldProblem> problems = rules.check("jwksUrl", url);

        assertThat(problems).extracting(FieldProblem::field).containsOnly("jwksUrl");
        assertThat(problems).extracting(FieldProblem::message).anyMatch(message -> message.contains(rule))
                .noneMatch(message -> message.contains("s3cret"));
    }

    static Stream<Arguments> refusedUrls() {
        return Stream.of(
                arguments(LONGEST + "k", "at most 2000 characters"),
                arguments("http://example.com/jwks", "absolute https URL"),
                arguments("ftp://example.com/jwks", "absolute https URL"),
                arguments("/.well-known/jwks.json", "absolute https URL"),
                arguments("example.com/jwks", "absolute https URL"),
                arguments("https:///jwks", "absolute https URL"),
                arguments("https:example.com/jwks", "absolute https URL"),
                arguments("https://exa mple.com/jwks", "absolute https URL"),
                arguments(" https://example.com/jwks", "absolute https URL"),
                arguments("https://example.com/jwks#keys", "fragment"),
                arguments("https://example.com/jwks#", "fragment"),
                arguments("https://app:s3cret@example.com/jwks", "user name or password"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = " ")
    void requiresAUrl(String url) {
        assertThat(rules.check("jwksUrl", url)).containsExactly(new FieldProblem("jwksUrl", "is required"));
    }
}
