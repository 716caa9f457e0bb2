package org.appregistry.apps;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names people read for the fields that findings and refusals name ({@code incomingApis[2]},
 * {@code dataUseAnswers.sellsData}): the labels of the Create an App form, so that a message
 * points at what the person sees.
 */
public final class ListingFields {

    private static final Pattern INDEXED = Pattern.compile("(\\w+)\\[(\\d+)]");
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("name", "Application name"),
            Map.entry("publicDocumentationUrl", "Public documentation URL"),
            Map.entry("summary", "Summary"),
            Map.entry("description", "Description"),
            Map.entry("audience", "Audience"),
            Map.entry("usesRefreshTokens", "Refresh tokens"),
            Map.entry("incomingApis", "Incoming APIs"),
            Map.entry("redirectUris", "Redirect URIs"),
            Map.entry("dataUseAnswers", "Data Use Questionnaire"),
            Map.entry("termsAccepted", "Terms and Conditions"),
            Map.entry("thumbnail", "Thumbnail"),
            Map.entry("screenshots", "Screenshots"),
            Map.entry("file", "Image file"),
            Map.entry("caption", "Caption"));
    private static final Map<String, String> ONE_OF = Map.of(
            "incomingApis", "Incoming API", "redirectUris", "Redirect URI", "screenshots", "Screenshot");

    private ListingFields() {
    }

    /** The label of a field; an item of a list by its position, counted from 1. */
    public static String label(String field) {
        Matcher indexed = INDEXED.matcher(field);
        if (indexed.matches() && ONE_OF.containsKey(indexed.group(1))) {
            return ONE_OF.get(indexed.group(1)) + " " + (Integer.parseInt(indexed.group(2)) + 1);
        }
        if (field.startsWith("dataUseAnswers.")) {
            return DataUseQuestion.byKey(field.substring("dataUseAnswers.".length()))
                    .map(question -> "Data Use Questionnaire: " + question.text())
                    .orElse(LABELS.get("dataUseAnswers"));
        }
        return LABELS.getOrDefault(field, field);
    }

    /** A finding as a sentence: the field's label, then what the review says of it. */
    public static String describe(Finding finding) {
        String text = label(finding.field()) + ": " + finding.message();
        return finding.isError() ? text : text + " (a warning: the app can be marked ready all the same)";
    }
}
