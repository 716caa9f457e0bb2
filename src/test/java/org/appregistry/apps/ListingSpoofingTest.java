package org.appregistry.apps;

import static org.appregistry.apps.ListingBuilder.KNOWN_API;
import static org.appregistry.apps.ListingBuilder.OTHER_KNOWN_API;
import static org.appregistry.apps.ListingBuilder.aValidListing;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.appregistry.common.FieldProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 9, low: app names with look-alike letters ({@code Epіc} with a Cyrillic і), bidirectional
 * overrides, invisible characters or markup were accepted, and so were such summaries and
 * descriptions, which Connection Hub shows to everyone.
 */
class ListingSpoofingTest {

    private final ListingRules rules = new ListingRules(new ProtectedMarks(List.of("Epic", "MyChart")),
            Set.of(KNOWN_API, OTHER_KNOWN_API)::contains);

    private List<String> nameProblems(String name) {
        return rules.check(aValidListing().name(name).build()).stream()
                .filter(p -> p.field().equals("name")).map(FieldProblem::message).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Ep\u0456c Companion",        // Cyrillic і
        "\u0415\u0440\u0456\u0441",    // Еріс, every letter Cyrillic
        "EP\u0406C",                   // Cyrillic І in capitals
        "\u0395pic Care",              // Greek Ε
        "\uFF25\uFF50\uFF49\uFF43",    // full-width Ｅｐｉｃ
        "\uD835\uDC04\uD835\uDC29\uD835\uDC22\uD835\uDC1C Diary", // mathematical bold 𝐄𝐩𝐢𝐜
        "\u00C9pic Notes",             // É
        "Ep\u0131c",                   // dotless ı
        "My\u0421hart"                 // MyChart with a Cyrillic С
    })
    void aProtectedMarkInLettersThatLookLikeItIsRefused(String name) {
        assertThat(nameProblems(name)).anyMatch(message -> message.startsWith("must not contain the protected mark"));
    }

    @Test
    void aWordThatMixesScriptsIsRefusedNamingThem() {
        assertThat(nameProblems("P\u0430lse Diary")) // Cyrillic а in Pulse
                .containsExactly("must not mix scripts within a word: 'P\u0430lse' mixes Latin and Cyrillic letters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Pulse \u0414\u043D\u0435\u0432\u043D\u0438\u043A", "\u30D1\u30EB\u30B9\u65E5\u8A18",
        "Pulse \u65E5\u8A18", "\u0395\u03BB\u03BB\u03AC\u03B4\u03B1 Health", "Caf\u00E9 Vitals", "Epicenter"})
    void namesInOneScriptPerWordStayAllowed(String name) {
        assertThat(nameProblems(name)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Pulse\u202Etxt.exe", "Pulse\u200BDiary", "Pulse\u2066Diary", "Pulse\u0000Diary",
        "Pulse\nDiary", "Pulse\u2028Diary", "Pulse\u00ADDiary", "Pulse\uFEFFDiary"})
    void aNameWithControlOrInvisibleCharactersIsRefusedNamingTheCharacter(String name) {
        String hidden = String.format("U+%04X", name.codePointAt(5));

        assertThat(nameProblems(name)).containsExactly(
                "must not contain control characters or invisible formatting characters (found " + hidden + ")");
    }

    @ParameterizedTest
    @ValueSource(strings = {"<b>Pulse</b>", "Pulse <script>", "Pulse > Diary", "Pulse<"})
    void aNameWithAngleBracketsIsRefused(String name) {
        assertThat(nameProblems(name)).contains("must not contain '<' or '>'");
    }

    @Test
    void summaryDescriptionAnswersAndCaptionsRefuseOverridesControlsAndMarkup() {
        List<FieldProblem> problems = rules.check(aValidListing()
                .summary("Keeps your pulse \u202Eyraid\u202C safe.")
                .description("Reads vitals.<script>alert(1)</script>")
                .dataUseAnswers(Map.of("retention", "Kept for a year.\u0007"))
                .build());

        assertThat(problems).containsExactlyInAnyOrder(
                new FieldProblem("summary", "must not contain control characters or bidirectional overrides (found U+202E)"),
                new FieldProblem("description", "must not contain markup ('<' followed by a letter, '/', '!' or '?')"),
                new FieldProblem("dataUseAnswers.retention",
                        "must not contain control characters or bidirectional overrides (found U+0007)"));
        assertThat(rules.checkScreenshot(0, new ImageInfo("image/png", 1920, 1080), "<!-- hidden -->"))
                .containsExactly(new FieldProblem("caption",
                        "must not contain markup ('<' followed by a letter, '/', '!' or '?')"));
    }

    @Test
    void plainTextWithLineBreaksTabsComparisonsAndEmojiStaysAllowed() {
        assertThat(rules.check(aValidListing()
                .summary("For ages < 12 and > 65 \u2764\uFE0F")
                .description("Line one.\r\nLine two:\tindented.\n3 < 4, and a\u200Db \uD83D\uDC68\u200D\u2695\uFE0F.")
                .build())).isEmpty();
    }
}
