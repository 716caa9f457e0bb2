package org.appregistry.pages;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.appregistry.common.CodeWords;
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
    /** {@code NOT_RESPONDED} → "Not responded"; null → "". */
    public String of(Enum<?> code) {
        return CodeWords.of(code);
    }

    /** A code given as text, such as an app's audience. */
    public String of(String code) {
        return CodeWords.of(code);
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
