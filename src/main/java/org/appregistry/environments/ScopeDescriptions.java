package org.appregistry.environments;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a scope lets an app do, in plain words for the person asked to allow it: a SMART v2
 * resource scope ({@code patient/Observation.rs}: "Read and search your observation records") or
 * one of the launch and identity scopes.
 */
final class ScopeDescriptions {

    private static final Pattern RESOURCE_SCOPE = Pattern.compile("^(patient|user|system)/([A-Za-z*]+)\\.([cruds]+)$");
    private static final String[][] VERBS = {{"c", "create"}, {"r", "read"}, {"u", "update"}, {"d", "delete"},
        {"s", "search"}};

    private ScopeDescriptions() {
    }

    static String describe(String scope) {
        switch (scope) {
            case "openid":
                return "Confirm that it is you who signed in";
            case EnvironmentClients.FHIR_USER:
                return "Know which record is yours (who you are in this organisation's records)";
            case EnvironmentClients.LAUNCH_PATIENT:
                return "Know which patient record to open: yours";
            case EnvironmentClients.OFFLINE_ACCESS:
                return "Keep its access while you are not using the app, for as long as this organisation allows";
            default:
                return resource(scope);
        }
    }

    private static String resource(String scope) {
        Matcher matcher = RESOURCE_SCOPE.matcher(scope);
        if (!matcher.matches()) {
            return "Use the permission " + scope;
        }
        List<String> verbs = new ArrayList<>();
        for (String[] verb : VERBS) {
            if (matcher.group(3).contains(verb[0])) {
                verbs.add(verb[1]);
            }
        }
        String what = words(matcher.group(2)) + " records";
        String whose = switch (matcher.group(1)) {
            case "patient" -> "your ";
            case "user" -> "the ";
            default -> "all ";
        };
        String actions = verbs.size() == 1 ? verbs.get(0)
                : String.join(", ", verbs.subList(0, verbs.size() - 1)) + " and " + verbs.get(verbs.size() - 1);
        String sentence = actions + " " + whose + what + ("user".equals(matcher.group(1)) ? " you may see" : "");
        return Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
    }

    /** {@code AllergyIntolerance} → {@code allergy intolerance}. */
    private static String words(String resource) {
        if ("*".equals(resource)) {
            return "health";
        }
        return resource.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }
}
