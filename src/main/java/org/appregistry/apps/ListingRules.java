package org.appregistry.apps;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.appregistry.common.FieldProblem;
import org.appregistry.common.Problems;
import org.appregistry.common.TextRules;

/**
 * The listing rules of the source document (docs/contract.md). {@link #check} runs on create and on
 * every change and knows only errors; {@link #review} is the production-readiness review,
 * which adds completeness and the warnings.
 *
 * <p>The texts are plain text that other sites show (Connection Hub is public), so they are held
 * to what reads as it is: a name is one line of visible characters, no {@code <} or {@code >},
 * one script per word, and no protected mark however it is spelled ({@link LookAlikes}); the
 * other texts (summary, description, Data Use answers, captions) may have line breaks and tabs
 * but no other control characters, no bidirectional overrides, and no markup.
 */
public final class ListingRules {

    public static final int NAME_MAX = 100;
    public static final int SUMMARY_MAX = 500;
    public static final int DESCRIPTION_MAX = 1998;
    public static final int ANSWER_MAX = 1000;
    public static final int CAPTION_MAX = 300;
    public static final int SCREENSHOTS_MAX = 10;
    public static final int THUMBNAIL_WIDTH = 500;
    public static final int THUMBNAIL_HEIGHT = 300;
    public static final int SCREENSHOT_WIDTH = 1920;
    public static final int SCREENSHOT_HEIGHT = 1080;

    /** What a browser would take for the start of a tag, a comment or a declaration. */
    private static final Pattern MARKUP = Pattern.compile("<[\\p{L}/!?]");

    private final ProtectedMarks marks;
    private final Predicate<String> knownApi;

    /** @param knownApi whether a name is an API of the catalogue */
    public ListingRules(ProtectedMarks marks, Predicate<String> knownApi) {
        this.marks = marks;
        this.knownApi = knownApi;
    }

    /** What the app record needs on every write: the broken rules, all errors. */
    public List<FieldProblem> check(Listing listing) {
        Problems problems = new Problems();
        problems.requireText("name", listing.name(), NAME_MAX);
        checkName(listing.name(), problems);
        marks.findIn(listing.name()).ifPresent(mark -> problems.add("name",
                "must not contain the protected mark \"" + mark + "\", in any case, alone or joined to another word, "
                        + "nor in letters that look like it"));
        if (listing.publicDocumentationUrl() == null || listing.publicDocumentationUrl().isBlank()) {
            problems.add("publicDocumentationUrl", "is required");
        } else if (!isHttpsUrl(listing.publicDocumentationUrl())) {
            problems.add("publicDocumentationUrl", "must be an absolute https URL");
        }
        problems.requireText("summary", listing.summary(), SUMMARY_MAX);
        checkText("summary", listing.summary(), problems);
        if (listing.description() != null && listing.description().length() > DESCRIPTION_MAX) {
            problems.add("description", "must be at most " + DESCRIPTION_MAX + " characters (is "
                    + listing.description().length() + ")");
        }
        checkText("description", listing.description(), problems);
        if (listing.audience() != null && !isAudience(listing.audience())) {
            problems.add("audience", "must be PATIENTS, CLINICIANS or BACKEND_SYSTEMS");
        }
        checkApis(listing.incomingApis(), problems);
        checkRedirectUris(listing.redirectUris(), problems);
        checkAnswers(listing.dataUseAnswers(), problems);
        return problems.list();
    }

    /** Production readiness: complete and compliant. Errors block; warnings are shown. */
    public List<Finding> review(Listing listing, ReadinessFacts facts) {
        List<Finding> findings = new ArrayList<>();
        check(listing).forEach(p -> findings.add(Finding.error(p.field(), p.message())));
        if (listing.description() == null || listing.description().isBlank()) {
            findings.add(Finding.error("description", "is required to mark the app ready"));
        }
        if (listing.audience() == null) {
            findings.add(Finding.error("audience", "is required to mark the app ready"));
        }
        if (listing.incomingApis().isEmpty()) {
            findings.add(Finding.error("incomingApis", "choose at least one API from the catalogue"));
        }
        if (listing.redirectUris().isEmpty() && !Audience.BACKEND_SYSTEMS.name().equals(listing.audience())) {
            findings.add(Finding.error("redirectUris", "at least one redirect URI is required for an app that "
                    + "people sign in to"));
        }
        if (!facts.termsAccepted()) {
            findings.add(Finding.error("termsAccepted", "the Terms and Conditions must be accepted"));
        }
        facts.thumbnail().ifPresent(t -> {
            if (t.width() != THUMBNAIL_WIDTH || t.height() != THUMBNAIL_HEIGHT) {
                findings.add(Finding.warning("thumbnail", "is " + t.width() + " x " + t.height()
                        + "; the recommended size is " + THUMBNAIL_WIDTH + " x " + THUMBNAIL_HEIGHT));
            }
        });
        for (int i = 0; i < facts.screenshots().size(); i++) {
            ImageInfo s = facts.screenshots().get(i);
            if (s.width() != SCREENSHOT_WIDTH) {
                findings.add(Finding.warning("screenshots[" + i + "]", "is " + s.width() + " x " + s.height()
                        + "; the recommended size is " + SCREENSHOT_WIDTH + " x " + SCREENSHOT_HEIGHT));
            }
        }
        if (Audience.PATIENTS.name().equals(listing.audience()) && !answersAll(listing.dataUseAnswers())) {
            findings.add(Finding.warning("dataUseAnswers", "the Data Use Questionnaire is not fully answered: "
                    + "patients will see a warning when they authorize this app"));
        }
        return List.copyOf(findings);
    }

    /** The rules for a new screenshot; {@code existing} is how many the app already has. */
    public List<FieldProblem> checkScreenshot(int existing, ImageInfo image, String caption) {
        Problems problems = new Problems();
        if (existing >= SCREENSHOTS_MAX) {
            problems.add("screenshots", "an app has at most " + SCREENSHOTS_MAX + " screenshots");
        }
        if (image.height() != SCREENSHOT_HEIGHT) {
            problems.add("file", "a screenshot must be " + SCREENSHOT_HEIGHT + " pixels high (is " + image.height() + ")");
        }
        if (caption != null && caption.length() > CAPTION_MAX) {
            problems.add("caption", "must be at most " + CAPTION_MAX + " characters");
        }
        checkText("caption", caption, problems);
        return problems.list();
    }

    private void checkApis(List<String> apis, Problems problems) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < apis.size(); i++) {
            String api = apis.get(i);
            if (!knownApi.test(api)) {
                problems.add("incomingApis[" + i + "]", "'" + api + "' is not an API of the catalogue");
            } else if (!seen.add(api)) {
                problems.add("incomingApis[" + i + "]", "'" + api + "' is listed twice");
            }
        }
    }

    private static void checkRedirectUris(List<String> uris, Problems problems) {
        for (int i = 0; i < uris.size(); i++) {
            String uri = uris.get(i);
            if (!isHttpsUrl(uri)) {
                problems.add("redirectUris[" + i + "]", "must be an absolute https URL");
            } else if (uri.contains("#")) {
                problems.add("redirectUris[" + i + "]", "must not contain a fragment (#)");
            }
        }
    }

    private static void checkAnswers(Map<String, String> answers, Problems problems) {
        answers.forEach((question, answer) -> {
            if (DataUseQuestion.byKey(question).isEmpty()) {
                problems.add("dataUseAnswers." + question, "is not a question of the Data Use Questionnaire");
            } else if (answer.length() > ANSWER_MAX) {
                problems.add("dataUseAnswers." + question, "must be at most " + ANSWER_MAX + " characters");
            } else {
                checkText("dataUseAnswers." + question, answer, problems);
            }
        });
    }

    private static void checkName(String name, Problems problems) {
        if (name == null) {
            return;
        }
        name.codePoints().filter(ListingRules::isInvisible).findFirst().ifPresent(c -> problems.add("name",
                "must not contain control characters or invisible formatting characters (found " + codePoint(c) + ")"));
        if (name.indexOf('<') >= 0 || name.indexOf('>') >= 0) {
            problems.add("name", "must not contain '<' or '>'");
        }
        TextRules.expression(name).ifPresent(rule -> problems.add("name", rule));
        LookAlikes.mixedScriptWord(name).ifPresent(why -> problems.add("name",
                "must not mix scripts within a word: " + why));
    }

    private static void checkText(String field, String text, Problems problems) {
        if (text == null) {
            return;
        }
        text.codePoints().filter(ListingRules::isControlOrOverride).findFirst().ifPresent(c -> problems.add(field,
                "must not contain control characters or bidirectional overrides (found " + codePoint(c) + ")"));
        if (MARKUP.matcher(text).find()) {
            problems.add(field, "must not contain markup ('<' followed by a letter, '/', '!' or '?')");
        }
        TextRules.expression(text).ifPresent(rule -> problems.add(field, rule));
    }

    /** Control and formatting characters, line and paragraph separators, and what Unicode leaves unassigned. */
    private static boolean isInvisible(int c) {
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED -> true;
            default -> false;
        };
    }

    /** Control characters other than tab and line breaks, broken surrogates, and bidirectional controls. */
    private static boolean isControlOrOverride(int c) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return false;
        }
        int type = Character.getType(c);
        boolean bidiControl = c == 0x061C || c == 0x200E || c == 0x200F
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
        return type == Character.CONTROL || type == Character.SURROGATE || bidiControl;
    }

    private static String codePoint(int c) {
        return String.format("U+%04X", c);
    }

    private static boolean answersAll(Map<String, String> answers) {
        for (DataUseQuestion question : DataUseQuestion.values()) {
            String answer = answers.get(question.key());
            if (answer == null || answer.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAudience(String value) {
        for (Audience audience : Audience.values()) {
            if (audience.name().equals(value)) {
                return true;
            }
        }
        return false;
    }

    static boolean isHttpsUrl(String value) {
        if (value == null) {
            return false;
        }
        try {
            URI uri = new URI(value.trim());
            return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** What the review needs besides the listing. */
    public record ReadinessFacts(boolean termsAccepted, Optional<ImageInfo> thumbnail,
            List<ImageInfo> screenshots) {
    }
}
