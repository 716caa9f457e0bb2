package org.appregistry.apps;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A listing for tests: starts complete and compliant (a patient-facing app with every Data Use
 * answer), so that a test changes only the field it is about.
 */
final class ListingBuilder {

    static final String KNOWN_API = "Patient.Read (R4)";
    static final String OTHER_KNOWN_API = "Observation.Search (R4)";

    private String name = "Pulse Diary";
    private String publicDocumentationUrl = "https://docs.pulse.example/app";
    private String summary = "Keeps a diary of your pulse and shares it with your care team.";
    private String description = "Pulse Diary reads your vitals and lets you annotate them.";
    private String audience = Audience.PATIENTS.name();
    private boolean usesRefreshTokens;
    private List<String> incomingApis = List.of(KNOWN_API, OTHER_KNOWN_API);
    private List<String> redirectUris = List.of("https://pulse.example/callback");
    private Map<String, String> dataUseAnswers = allDataUseAnswers();

    static ListingBuilder aValidListing() {
        return new ListingBuilder();
    }

    static Map<String, String> allDataUseAnswers() {
        return Arrays.stream(DataUseQuestion.values())
                .collect(Collectors.toMap(DataUseQuestion::key, q -> "Answer to: " + q.text()));
    }

    /** Every Data Use answer but the one to {@code missing}. */
    static Map<String, String> dataUseAnswersWithout(DataUseQuestion missing) {
        Map<String, String> answers = new HashMap<>(allDataUseAnswers());
        answers.remove(missing.key());
        return answers;
    }

    ListingBuilder name(String value) {
        name = value;
        return this;
    }

    ListingBuilder publicDocumentationUrl(String value) {
        publicDocumentationUrl = value;
        return this;
    }

    ListingBuilder summary(String value) {
        summary = value;
        return this;
    }

    ListingBuilder description(String value) {
        description = value;
        return this;
    }

    ListingBuilder audience(String value) {
        audience = value;
        return this;
    }

    ListingBuilder audience(Audience value) {
        return audience(value.name());
    }

    ListingBuilder usesRefreshTokens(boolean value) {
        usesRefreshTokens = value;
        return this;
    }

    ListingBuilder incomingApis(String... values) {
        incomingApis = List.of(values);
        return this;
    }

    ListingBuilder redirectUris(String... values) {
        redirectUris = List.of(values);
        return this;
    }

    ListingBuilder dataUseAnswers(Map<String, String> values) {
        dataUseAnswers = values;
        return this;
    }

    Listing build() {
        return new Listing(name, publicDocumentationUrl, summary, description, audience, usesRefreshTokens,
                incomingApis, redirectUris, dataUseAnswers);
    }
}
