package org.appregistry.common;

import java.time.Duration;
import java.time.Period;
import java.util.regex.Pattern;

/**
 * The checks the settings records run when they are bound: a malformed value stops the start-up
 * with the key's name, instead of surfacing as a timer or job that never fires.
 */
public final class SettingRules {

    private static final String ISO_PERIOD =
            "P(?=\\d|T\\d)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?";
    private static final Pattern REPEATING_INTERVAL = Pattern.compile("R\\d*/" + ISO_PERIOD);
    private static final Pattern RETRY_LIST = Pattern.compile(ISO_PERIOD + "(\\s*,\\s*" + ISO_PERIOD + ")*");

    private SettingRules() {
    }

    /** An ISO 8601 repeating interval such as {@code R/PT5M}: a timer cycle. */
    public static String repeatingInterval(String key, String value) {
        if (value == null || !REPEATING_INTERVAL.matcher(value.trim()).matches()) {
            throw refused(key, value, "an ISO 8601 repeating interval such as R/PT5M");
        }
        return value.trim();
    }

    /** A failedJobRetryTimeCycle: a repeating interval ({@code R5/PT1M}) or a list of waits ({@code PT1M,PT10M}). */
    public static String retryCycle(String key, String value) {
        if (value == null || !(REPEATING_INTERVAL.matcher(value.trim()).matches()
                || RETRY_LIST.matcher(value.trim()).matches())) {
            throw refused(key, value, "a retry cycle such as R5/PT1M or PT1M,PT10M");
        }
        return value.trim();
    }

    public static Period positive(String key, Period value) {
        if (value == null || value.isZero() || value.isNegative()) {
            throw refused(key, value, "a positive ISO 8601 period such as P7D");
        }
        return value;
    }

    public static Duration positive(String key, Duration value) {
        if (value == null || value.isZero() || value.isNegative()) {
            throw refused(key, value, "a positive ISO 8601 duration such as PT10S");
        }
        return value;
    }

    public static int positive(String key, int value) {
        if (value < 1) {
            throw refused(key, value, "a whole number of at least 1");
        }
        return value;
    }

    private static IllegalArgumentException refused(String key, Object value, String rule) {
        return new IllegalArgumentException(key + " must be " + rule + ", not '" + value + "'");
    }
}
