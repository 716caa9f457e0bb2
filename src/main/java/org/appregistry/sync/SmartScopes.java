package org.appregistry.sync;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.appregistry.catalog.CatalogApi;

/**
 * The SMART v2 scopes of an app's APIs: one scope per resource, in the context of the app's
 * audience ({@code patient/}, {@code user/}, {@code system/}), with the permissions of every API
 * of that resource it uses in SMART's order {@code c r u d s}, e.g. {@code patient/Observation.rs}
 * for an app that reads and searches observations.
 */
public final class SmartScopes {

    private static final String ORDER = "cruds";

    private SmartScopes() {
    }

    /** The context of an audience; an app without one (a draft) gets none. */
    public static String context(String audience) {
        if (audience == null) {
            return null;
        }
        return switch (audience) {
            case "PATIENTS" -> "patient";
            case "CLINICIANS" -> "user";
            case "BACKEND_SYSTEMS" -> "system";
            default -> throw new IllegalArgumentException("unknown audience " + audience);
        };
    }

    /** Sorted by resource; an empty list when the audience is not known yet. */
    public static List<String> of(String audience, List<CatalogApi> apis) {
        String context = context(audience);
        if (context == null) {
            return List.of();
        }
        Map<String, StringBuilder> permissions = new TreeMap<>();
        for (CatalogApi api : apis) {
            permissions.computeIfAbsent(api.resource(), resource -> new StringBuilder()).append(api.permission());
        }
        return permissions.entrySet().stream()
                .map(entry -> context + "/" + entry.getKey() + "." + ordered(entry.getValue()))
                .toList();
    }

    private static String ordered(CharSequence letters) {
        StringBuilder result = new StringBuilder();
        for (char letter : ORDER.toCharArray()) {
            if (letters.chars().anyMatch(c -> c == letter)) {
                result.append(letter);
            }
        }
        return result.toString();
    }
}
