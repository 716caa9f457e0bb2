package org.appregistry.apps;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The inputs of the autoSyncEligibility decision, named as its input expressions name them. */
public record AutoSyncFacts(String audience, int apiCount, List<String> nonQualifyingApis, boolean usesRefreshTokens) {

    /** The APIs that keep the app from auto-syncing, comma-separated; empty when there are none. */
    public String nonQualifyingApisText() {
        return String.join(", ", nonQualifyingApis);
    }

    public Map<String, Object> asVariables() {
        Map<String, Object> variables = new HashMap<>();
        variables.put("audience", audience);
        variables.put("apiCount", apiCount);
        variables.put("nonQualifyingApis", nonQualifyingApisText());
        variables.put("usesRefreshTokens", usesRefreshTokens);
        return variables;
    }
}
