package org.appregistry.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Listings for tests: a complete one that passes the readiness review, and variations of it. */
public final class TestListings {

    private TestListings() {
    }

    /** A patient-facing app using read-only USCDI APIs, complete for readiness but for the terms. */
    public static Map<String, Object> complete() {
        Map<String, Object> listing = new HashMap<>();
        listing.put("name", TestWorld.unique("Pulse Diary"));
        listing.put("publicDocumentationUrl", "https://pulse.example.com/docs");
        listing.put("summary", "Keeps a diary of your pulse and shares it with your care team.");
        listing.put("description", "Why: patients forget readings. What: a diary. How: reads vitals over FHIR R4.");
        listing.put("audience", "PATIENTS");
        listing.put("usesRefreshTokens", false);
        listing.put("incomingApis", List.of("Patient.Read (R4)", "Observation.Search (R4)"));
        listing.put("redirectUris", List.of("https://pulse.example.com/callback"));
        listing.put("dataUseAnswers", Map.of("sellsData", "No", "sharesData", "Only with your care team",
                "retention", "Until you delete it", "deletion", "Yes, in the app settings", "storage", "US data centres"));
        return listing;
    }

    public static Map<String, Object> completeWith(String field, Object value) {
        Map<String, Object> listing = complete();
        listing.put(field, value);
        return listing;
    }

    /** What create needs and no more. */
    public static Map<String, Object> minimal() {
        return new HashMap<>(Map.of("name", TestWorld.unique("Draft"), "publicDocumentationUrl",
                "https://draft.example.com", "summary", "A draft."));
    }
}
