package org.appregistry.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;

import org.appregistry.common.FieldProblem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SecretRulesTest {

    private final SecretRules rules = new SecretRules();

    @ParameterizedTest
    @ValueSource(strings = {
        "Abcd1234Abcd1234Abcd1234Abcd123!",                                          // 32, all four classes
        "Abcd1234Abcd1234Abcd1234Abcd1234Abcd1234Abcd1234Abcd1234Abcd1234Abcd123!",  // 72
        "abcd1234abcd1234abcd1234abcd123!",                                          // three classes
        "abcdefghabcdefghabcdefghabcdefghabcdefgh",                                  // 40, one class
        "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~Abcd12"                                   // every symbol
    })
    void acceptsStrongSecrets(String secret) {
        assertThat(rules.check("secret", secret)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("weakSecrets")
    void refusesWeakSecretsNamingTheRuleButNotTheSecret(String why, String secret, String rule) {
        List<FieldProblem> problems = rules.check("production.secret", secret);

        assertThat(problems).extracting(FieldProblem::field).containsOnly("production.secret");
        assertThat(problems).extracting(FieldProblem::message).anyMatch(message -> message.contains(rule))
                .noneMatch(message -> message.contains(secret.substring(0, 8)));
    }

    static Stream<Arguments> weakSecrets() {
        return Stream.of(
                arguments("31 characters", "Abcd1234".repeat(3) + "Abcd12!", "at least 32"),
                arguments("73 characters", "Abcd1234".repeat(9) + "!", "at most 72"),
                arguments("two classes", "abcd1234".repeat(4), "at least 3 of"),
                arguments("one class, 39 characters", "abcdefgh".repeat(4) + "abcdefg", "at least 3 of"),
                arguments("a space", "Abcd1234".repeat(2) + " " + "Abcd1234".repeat(2), "printable ASCII"),
                arguments("a tab", "Abcd1234".repeat(2) + "\t" + "Abcd1234".repeat(2), "printable ASCII"),
                arguments("a line break", "Abcd1234".repeat(4) + "\n", "printable ASCII"),
                arguments("a non-ASCII letter", "Abcd1234".repeat(2) + "é" + "Abcd1234".repeat(2), "printable ASCII"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    void requiresASecret(String secret) {
        assertThat(rules.check("secret", secret)).containsExactly(new FieldProblem("secret", "is required"));
    }
}
