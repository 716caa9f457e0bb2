package org.appregistry.common;

import java.util.Locale;
import java.util.Map;

/**
 * A code as people read it, in the source document's words ("Not responded", "Keys enabled",
 * "Active"): the API shows it beside the code ({@code statusLabel}), and the pages show the same.
 */
public final class CodeWords {

    /** Where the words are not simply the code in lower case. */
    private static final Map<String, String> SPECIAL = Map.of(
            "AUTO_SYNC", "Auto-sync",
            "NON_PRODUCTION", "Non-production",
            "JWKS_URL", "JWK Set URL",
            "NONE", "Without client secrets",
            "ORGANIZATION", "Organisation",
            "IN_DEVELOPMENT", "In development",
            "EDI_REPRESENTATIVE", "EDI representative");

    private CodeWords() {
    }

    /** {@code NOT_RESPONDED} → "Not responded"; null → "". */
    public static String of(Enum<?> code) {
        return code == null ? "" : of(code.name());
    }

    /** A code given as text, such as an app's audience. */
    public static String of(String code) {
        if (code == null || code.isEmpty()) {
            return "";
        }
        String special = SPECIAL.get(code);
        if (special != null) {
            return special;
        }
        String words = code.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
