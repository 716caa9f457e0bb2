package org.appregistry.workflow;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.appregistry.common.InvalidInputException;
import org.appregistry.common.TextRules;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;

/**
 * The fields a person submitted with a form, as Tasklist and /engine-rest deliver them
 * (checkboxes as booleans or strings, checklists as JSON lists, dates as ISO text), read by key.
 * A blank text is no answer.
 */
public final class FormValues {

    private final Function<String, Object> values;

    public FormValues(Function<String, Object> values) {
        this.values = values;
    }

    public Object raw(String key) {
        return values.apply(key);
    }

    public Optional<String> text(String key) {
        Object value = values.apply(key);
        return value == null || value.toString().isBlank() ? Optional.empty() : Optional.of(checked(key, value.toString()));
    }

    /** The rules of every text from outside, as for /api's JSON bodies. */
    private static String checked(String key, String text) {
        TextRules.refusal(text, TextRules.isSecretField(key)).ifPresent(rule -> {
            throw new InvalidInputException(key, rule);
        });
        return text;
    }

    /** A checkbox: a boolean, or its text ("true", "false", an HTML form's "on"); absent or blank is unticked. */
    public boolean checked(String key) {
        Object value = values.apply(key);
        if (value == null || value instanceof Boolean) {
            return Boolean.TRUE.equals(value);
        }
        String text = value.toString().trim().toLowerCase();
        return switch (text) {
            case "true", "on" -> true;
            case "false", "off", "" -> false;
            default -> throw new InvalidInputException(key, "must be true or false");
        };
    }

    /** A checkbox that may also be absent (left unchanged), as opposed to unticked. */
    public Optional<Boolean> flag(String key) {
        Object value = values.apply(key);
        return value == null ? Optional.empty() : Optional.of(checked(key));
    }

    public Optional<Integer> integer(String key) {
        Object value = values.apply(key);
        if (value instanceof Number number) {
            return Optional.of(number.intValue());
        }
        try {
            return text(key).map(t -> Integer.valueOf(t.trim()));
        } catch (NumberFormatException e) {
            throw new InvalidInputException(key, "must be a whole number");
        }
    }

    /**
     * An ISO date (2026-03-02); a date-time keeps its date. A refusal names {@code field}, the
     * name the answer's rules use for it.
     */
    public Optional<LocalDate> date(String key, String field) {
        try {
            return text(key).map(t -> LocalDate.parse(t.length() > 10 ? t.substring(0, 10) : t));
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "must be a date such as 2026-03-02");
        }
    }

    /** A checklist (a JSON list), or text with one item per line or comma; absent stays empty. */
    public Optional<List<String>> list(String key) {
        Object value = values.apply(key);
        return value == null ? Optional.empty()
                : Optional.of(items(value).stream().map(item -> checked(key, item)).toList());
    }

    /** Text with one item per line (redirect URIs); a JSON list is taken as it is. */
    public Optional<List<String>> lines(String key) {
        Object value = values.apply(key);
        if (value == null || value instanceof List<?> || value instanceof SpinJsonNode) {
            return list(key);
        }
        return Optional.of(Arrays.stream(value.toString().split("\\R")).map(String::trim)
                .filter(s -> !s.isEmpty()).map(line -> checked(key, line)).toList());
    }

    private static List<String> items(Object value) {
        if (value instanceof SpinJsonNode json) {
            return json.isArray() ? json.elements().stream().map(SpinJsonNode::stringValue).toList() : List.of();
        }
        if (value instanceof List<?> items) {
            return items.stream().map(String::valueOf).toList();
        }
        String text = value.toString().trim();
        if (text.startsWith("[")) {
            return items(Spin.JSON(text));
        }
        return Arrays.stream(text.split("[,\n]")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
