package org.appregistry.apps;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The listing of an app as the developer wrote it: what the rules check. Values stay as given
 * (the audience as text), so that a wrong value can be reported instead of failing to parse.
 */
public record Listing(String name, String publicDocumentationUrl, String summary, String description,
        String audience, boolean usesRefreshTokens, List<String> incomingApis, List<String> redirectUris,
        Map<String, String> dataUseAnswers) {

    public static final Listing EMPTY = new Listing(null, null, null, null, null, false, List.of(), List.of(), Map.of());

    /** Null entries are kept, so that the rules report them instead of failing; a null answer is no answer. */
    public Listing {
        incomingApis = incomingApis == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(incomingApis));
        redirectUris = redirectUris == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(redirectUris));
        Map<String, String> answers = new HashMap<>();
        if (dataUseAnswers != null) {
            dataUseAnswers.forEach((question, answer) -> {
                if (answer != null) {
                    answers.put(question, answer);
                }
            });
        }
        dataUseAnswers = Collections.unmodifiableMap(answers);
    }

    /** This listing with the given changes; a change left null keeps the current value. */
    public Listing with(ListingChanges changes) {
        return new Listing(
                pick(changes.name(), name),
                pick(changes.publicDocumentationUrl(), publicDocumentationUrl),
                pick(changes.summary(), summary),
                pick(changes.description(), description),
                pick(changes.audience(), audience),
                pick(changes.usesRefreshTokens(), usesRefreshTokens),
                pick(changes.incomingApis(), incomingApis),
                pick(changes.redirectUris(), redirectUris),
                pick(changes.dataUseAnswers(), dataUseAnswers));
    }

    private static <T> T pick(T change, T current) {
        return change != null ? change : current;
    }
}
