package com.videopipeline.request;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads typed values out of one entry and collects every problem, so a user can fix a line in one go. Problems are
 * kept in the order found and by field name, so an API can point at the field to fix.
 */
final class Fields {

    private static final Pattern WHOLE = Pattern.compile("[+-]?\\d{1,30}(\\.0*)?");
    private static final Pattern TAG_SEPARATORS = Pattern.compile("[,;|]");

    private final Map<String, Object> values;
    private final List<String> problems = new ArrayList<>();
    private final Map<String, List<String>> byField = new LinkedHashMap<>();

    Fields(Map<String, Object> values) {
        this.values = values;
    }

    /** Records what is wrong with {@code field}; the message names the field itself, for file reports. */
    void problem(String field, String message) {
        problems.add(message);
        byField.computeIfAbsent(field, f -> new ArrayList<>()).add(message);
    }

    List<String> problems() {
        return problems;
    }

    /** The same problems grouped by the field they are about, fields in the order their first problem was found. */
    Map<String, List<String>> problemsByField() {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        byField.forEach((field, messages) -> copy.put(field, List.copyOf(messages)));
        return Collections.unmodifiableMap(copy);
    }

    /** Empty counts as absent because CSV cannot leave a cell out. */
    boolean absent(String name) {
        Object value = values.get(name);
        return value == null || value instanceof String s && s.isBlank();
    }

    /** The trimmed text of a scalar, or null when absent; lists and objects are reported. */
    String text(String name) {
        Object value = values.get(name);
        if (absent(name)) {
            return null;
        }
        if (value instanceof Map || value instanceof Collection) {
            problem(name, name + " " + Values.show(value) + " must be text, not " + Values.kind(value));
            return null;
        }
        return value instanceof BigDecimal d ? d.toPlainString() : value.toString().strip();
    }

    /** A whole number within [min, max] from a JSON number or numeric text; 8.0 passes, 8.5 does not. */
    Long whole(String name, long min, long max) {
        Object value = values.get(name);
        String text = text(name);
        if (text == null) {
            return null;
        }
        BigDecimal number = value instanceof Number || WHOLE.matcher(text).matches() ? decimal(text) : null;
        if (number == null || number.stripTrailingZeros().scale() > 0
                || number.compareTo(BigDecimal.valueOf(min)) < 0 || number.compareTo(BigDecimal.valueOf(max)) > 0) {
            problem(name, name + " " + Values.show(text) + " must be a whole number from " + min + " to " + max);
            return null;
        }
        return number.longValueExact();
    }

    /** A yes/no value (true/false, yes/no, 1/0), or {@code fallback} when absent. */
    boolean flag(String name, boolean fallback) {
        String text = text(name);
        if (text == null) {
            return fallback;
        }
        switch (text.toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes", "1" -> {
                return true;
            }
            case "false", "no", "0" -> {
                return false;
            }
            default -> {
                problem(name, name + " " + Values.show(text) + " must be true or false");
                return fallback;
            }
        }
    }

    /** Tags from a list or from text split at ',', ';' or '|'; each trimmed, non-empty and at most maxLength. */
    List<String> tags(String name, int maxLength) {
        Object value = values.get(name);
        if (value instanceof Map) {
            problem(name, name + " " + Values.show(value) + " must be a list or text separated by ',', ';' or '|'");
            return List.of();
        }
        if (absent(name)) {
            return List.of();
        }
        List<?> parts = value instanceof List<?> list
                ? list
                : List.of((Object[]) TAG_SEPARATORS.split(value.toString(), -1));
        return checkedTags(name, value, parts, maxLength);
    }

    private List<String> checkedTags(String name, Object value, List<?> parts, int maxLength) {
        List<String> tags = new ArrayList<>();
        for (Object part : parts) {
            boolean text = part != null && !(part instanceof Map) && !(part instanceof Collection);
            String tag = text ? part.toString().strip() : "";
            if (tag.isEmpty()) {
                problem(name, name + " " + Values.show(value) + " contains an empty or non-text tag"
                        + " (separate non-empty tags with ',', ';' or '|')");
                return List.of();
            }
            if (tag.length() > maxLength) {
                problem(name, name + " " + Values.show(value) + " has a tag longer than " + maxLength
                        + " characters: " + Values.show(tag));
                return List.of();
            }
            tags.add(tag);
        }
        return tags;
    }

    private static BigDecimal decimal(String text) {
        try {
            return text.length() > 40 ? null : new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
