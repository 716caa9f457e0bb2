package org.appregistry.apps;

import java.util.List;
import java.util.Map;

/**
 * Listing fields sent by a developer, from /api, a Tasklist form or /engine-rest. A null field
 * is not changed; on create, a missing required field is an error.
 */
public record ListingChanges(String name, String publicDocumentationUrl, String summary, String description,
        String audience, Boolean usesRefreshTokens, List<String> incomingApis, List<String> redirectUris,
        Map<String, String> dataUseAnswers) {

    /** Changes nothing. */
    public static final ListingChanges NONE = new ListingChanges(null, null, null, null, null, null, null, null, null);
}
