package org.appregistry.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextRulesTest {

    @Test
    void controlCharactersAreRefusedButTabsAndLineBreaks() {
        assertThat(TextRules.refusal("Pulse\u0000Diary", false)).contains("must not contain control characters (found U+0000)");
        assertThat(TextRules.refusal("Ding\u0007", true)).isPresent();
        assertThat(TextRules.refusal("Line one\r\nLine\ttwo", false)).isEmpty();
    }

    @Test
    void expressionsAreRefusedButInSecrets() {
        assertThat(TextRules.refusal("${registrySettings}", false)).isPresent();
        assertThat(TextRules.refusal("a #{7 * 7} b", false)).isPresent();
        assertThat(TextRules.refusal("pa${ss}#{word}", true)).isEmpty();
        assertThat(TextRules.refusal("costs $ { and # {", false)).isEmpty();
    }

    @Test
    void secretFieldsAreKnownByTheirNames() {
        assertThat(TextRules.isSecretField("password")).isTrue();
        assertThat(TextRules.isSecretField("clientSecret")).isTrue();
        assertThat(TextRules.isSecretField("name")).isFalse();
    }
}
