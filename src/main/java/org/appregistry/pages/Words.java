package org.appregistry.pages;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * How the pages say the codes of the API: in the source document's words ("Not responded",
 * "Keys enabled", "Active"), shown beside the code itself so that a page and an API answer can
 * be compared; times in ISO 8601 form, in UTC, as the API gives them. Templates call it as
 * {@code @words}.
 */
@Component("words")
public class Words {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    /** Where the words are not simply the code in lower case. */
    private static final Map<String, String> SPECIAL = Map.of(
            "AUTO_SYNC", "Auto-sync",
            "NON_PRODUCTION", "Non-production",
            "JWKS_URL", "JWK Set URL",
            "NONE", "Without client secrets",
            "ORGANIZATION", "Organisation",
            "IN_DEVELOPMENT", "In development",
            "EDI_REPRESENTATIVE", "EDI representative");

    /** {@code NOT_RESPONDED} → "Not responded"; null → "". */
    public String of(Enum<?> code) {
        return code == null ? "" : of(code.name());
    }

    /** A code given as text, such as an app's audience. */
    public String of(String code) {
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

    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    public String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    /** The value of a datetime attribute, for {@code <time>}. */
    public String machineTime(Instant instant) {
        return instant == null ? "" : instant.toString();
    }
}
