package org.appregistry.common;

import java.util.Optional;

/**
 * What no text from outside may hold, whichever door it comes through (/api, Tasklist,
 * /engine-rest): control characters other than tab and line breaks (a NUL byte cannot even be
 * stored in PostgreSQL) and, but in secrets, the expression syntax of the process models
 * ({@code ${...}}, {@code #{...}}), so that no text can ever be taken for an expression where it
 * meets a model. The field-specific rules (listing, names) come on top.
 */
public final class TextRules {

    private TextRules() {
    }

    /** Why this text is refused, or empty. A secret may hold any printable character. */
    public static Optional<String> refusal(String text, boolean secret) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r') {
                return Optional.of(String.format("must not contain control characters (found U+%04X)", (int) c));
            }
        }
        return secret ? Optional.empty() : expression(text);
    }

    /** The expression syntax of the process models, refused in any text but secrets. */
    public static Optional<String> expression(String text) {
        return text != null && (text.contains("${") || text.contains("#{"))
                ? Optional.of("must not contain '${' or '#{' (expression syntax)")
                : Optional.empty();
    }

    /** Fields whose names say they hold a password or a secret. */
    public static boolean isSecretField(String name) {
        String lower = name == null ? "" : name.toLowerCase();
        return lower.contains("password") || lower.contains("secret");
    }
}
