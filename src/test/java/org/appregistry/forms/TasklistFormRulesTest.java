package org.appregistry.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.appregistry.agreements.AgreementService;
import org.appregistry.apps.Listing;
import org.appregistry.apps.ListingRules;
import org.appregistry.apps.ProtectedMarks;
import org.appregistry.credentials.JwksUrlRules;
import org.appregistry.credentials.PublicAddresses;
import org.appregistry.credentials.SecretRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Tasklist forms check in the browser what the server checks on completion, and say it in
 * words: each pattern of a form accepts exactly what the server's rule accepts (tried on the
 * inputs below), and form-messages.js has a sentence for each pattern.
 */
class TasklistFormRulesTest {

    private static final Path FORMS = Path.of("forms");
    private static final Path MESSAGES = Path.of(
            "src/main/resources/META-INF/resources/webjars/camunda/app/tasklist/scripts/form-messages.js");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ListingRules listingRules = new ListingRules(new ProtectedMarks(List.of("Epic")), api -> true);

    @Test
    void everyPatternOfEveryFormHasASentence() throws IOException {
        Map<String, String> patterns = patternsOfTheForms();
        assertThat(patterns).isNotEmpty();
        assertThat(sentences()).containsAll(patterns.values());
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.com", "https://example.com/app?x=1#top", "https://a.example.org/",
            "http://example.com", "https://", "https:///path", "example.com", "https://exa mple.com",
            "ftp://example.com", "https://user@example.com/", " https://example.com", "https://example.com?x=1"})
    void theDocumentationUrlPatternIsTheServersRule(String url) throws IOException {
        Listing listing = new Listing("Pulse", url, "Summary", null, null, false, List.of(), List.of(), Map.of());
        boolean serverAccepts = listingRules.check(listing).stream()
                .noneMatch(p -> p.field().equals("publicDocumentationUrl"));
        assertThat(matches("publicDocumentationUrl", url)).as(url).isEqualTo(serverAccepts);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.com/callback", "https://example.com/a\nhttps://example.org/b",
            "https://example.com/a\n\n  https://example.org/b  ", "", "https://example.com/a#frag",
            "http://example.com/a", "https://example.com/a\nnot-a-url", "https://", "https://example.com?x=1"})
    void theRedirectUriPatternIsTheServersRule(String text) throws IOException {
        List<String> uris = text.lines().map(String::trim).filter(s -> !s.isEmpty()).toList();
        Listing listing = new Listing("Pulse", "https://example.com", "Summary", null, null, false, List.of(), uris,
                Map.of());
        boolean serverAccepts = listingRules.check(listing).stream()
                .noneMatch(p -> p.field().startsWith("redirectUris"));
        assertThat(matches("redirectUris", text)).as(text).isEqualTo(serverAccepts);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Aa1aaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "aa1!aaaaaaaaaaaaaaaaaaaaaaaaaaaa", "AA1!AAAAAAAAAAAAAAAAAAAAAAAAAAAA",
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "Aa1aaaaaaaaaaaaaaaaaaaaaaaaaaaa", "Aa1 aaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "Aa1aaaaaaaaaaaaaaaaaaaaaaaaaaaaaé",
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "Aa1aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaa111"})
    void theSecretPatternIsTheServersRule(String secret) throws IOException {
        boolean serverAccepts = new SecretRules().check("secret", secret).isEmpty();
        assertThat(matches("productionSecret", secret)).as(secret).isEqualTo(serverAccepts);
        assertThat(matches("nonProductionSecret", secret)).as(secret).isEqualTo(serverAccepts);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://keys.example.com/jwks.json", "https://keys.example.com", "http://keys.example.com/jwks",
            "https://keys.example.com/jwks#x", "https://user@keys.example.com/jwks", "https://", "keys.example.com",
            "https://keys.example.com?x=1"})
    void theJwksUrlPatternIsTheServersRule(String url) throws IOException {
        // the form checks the form of the URL; whether its host is public only the server can tell
        JwksUrlRules rules = new JwksUrlRules(new PublicAddresses(host -> {
            throw new UnknownHostException(host);
        }));
        boolean serverAccepts = rules.check("jwksUrl", url).isEmpty();
        assertThat(matches("productionJwksUrl", url)).as(url).isEqualTo(serverAccepts);
    }

    @ParameterizedTest
    @ValueSource(strings = {"3f2504e0-4f89-11d3-9a0c-0305e82c3301", " 3F2504E0-4F89-11D3-9A0C-0305E82C3301 "})
    void aClientIdAsTheDeveloperGivesItPasses(String clientId) throws IOException {
        assertThat(matches("clientId", clientId)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"3f2504e0", "3f2504e0-4f89-11d3-9a0c-0305e82c330", "x3f2504e0-4f89-11d3-9a0c-0305e82c3301",
            "3f2504e0_4f89_11d3_9a0c_0305e82c3301"})
    void anythingElseIsNoClientId(String clientId) throws IOException {
        assertThat(matches("clientId", clientId)).isFalse();
    }

    @Test
    void theKickoffDateIsIso() throws IOException {
        assertThat(matches("kickoffDate", "2026-03-02")).isTrue();
        assertThat(matches("kickoffDate", "03/02/2026")).isFalse();
    }

    @Test
    void theSignTaskNamesTheAgreementVersionInForceAndLinksToIt() throws IOException {
        String text = Files.readString(FORMS.resolve("sign-agreement.form"));
        assertThat(text).contains("version " + AgreementService.CURRENT_VERSION).contains("](/agreement)");
    }

    @Test
    void everyFormSaysWhatHappensNext() throws IOException {
        try (Stream<Path> forms = Files.list(FORMS)) {
            for (Path form : forms.toList()) {
                assertThat(Files.readString(form)).as(form.toString()).contains("### What happens next");
            }
        }
    }

    /** Whether the value passes the pattern of the form field with this key, as form-js tests it. */
    private static boolean matches(String key, String value) throws IOException {
        String pattern = patternsOfTheForms().get(key);
        assertThat(pattern).as("pattern of " + key).isNotNull();
        // form-js: new RegExp(pattern).test(value) — a search, anchored by the pattern's own ^ and $
        return Pattern.compile(pattern).matcher(value).find();
    }

    private static Map<String, String> patternsOfTheForms() throws IOException {
        Map<String, String> patterns = new HashMap<>();
        try (Stream<Path> forms = Files.list(FORMS)) {
            for (Path form : forms.toList()) {
                collect(JSON.readTree(form.toFile()).path("components"), patterns);
            }
        }
        return patterns;
    }

    private static void collect(JsonNode components, Map<String, String> patterns) {
        for (JsonNode component : components) {
            String pattern = component.path("validate").path("pattern").asText(null);
            if (pattern != null) {
                patterns.put(component.path("key").asText(), pattern);
            }
            collect(component.path("components"), patterns);
        }
    }

    /** The keys of PATTERNS in form-messages.js, as JavaScript reads its string literals. */
    private static List<String> sentences() throws IOException {
        List<String> keys = new ArrayList<>();
        Matcher key = Pattern.compile("^\\s*'((?:[^'\\\\]|\\\\.)*)':", Pattern.MULTILINE)
                .matcher(Files.readString(MESSAGES));
        while (key.find()) {
            keys.add(key.group(1).replace("\\\\", "\\"));
        }
        return keys;
    }
}
