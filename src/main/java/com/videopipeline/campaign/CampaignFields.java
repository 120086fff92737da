package com.videopipeline.campaign;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Reads typed values out of one mapping of a campaign file and collects every problem, each naming its field by
 * path ({@code schedule.cron}, {@code matrix.location[2]}), so a file can be fixed in one go.
 */
final class CampaignFields {

    private final String path;
    private final JsonNode node;
    private final List<String> problems;

    CampaignFields(String path, JsonNode node, List<String> problems) {
        this.path = path;
        this.node = node;
        this.problems = problems;
    }

    void problem(String field, String message) {
        problems.add(name(field) + ": " + message);
    }

    int problemCount() {
        return problems.size();
    }

    boolean has(String field) {
        return !node.path(field).isMissingNode() && !node.path(field).isNull();
    }

    /** Reports every key not in {@code allowed}: a misspelt key must not silently fall back to a default. */
    void allowOnly(Set<String> allowed) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String key = names.next();
            if (!allowed.contains(key)) {
                problems.add(name(key) + ": unknown key (allowed here: " + String.join(", ", allowed) + ")");
            }
        }
    }

    /** The nested mapping under {@code field}; an empty one when absent, so its own fields report as missing. */
    CampaignFields section(String field) {
        JsonNode child = node.path(field);
        if (has(field) && !child.isObject()) {
            problem(field, "must be a mapping of keys to values, not " + kind(child));
            child = MissingNode.getInstance();
        }
        return new CampaignFields(name(field) + ".", child, problems);
    }

    /** The keys of this mapping, in file order. */
    List<String> keys() {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    /** The stripped text of a scalar; null (reported when {@code required}) when absent or blank. */
    String text(String field, boolean required) {
        JsonNode value = node.path(field);
        if (!has(field) || value.isValueNode() && value.asText().isBlank()) {
            if (required) {
                problem(field, "is missing");
            }
            return null;
        }
        if (!value.isValueNode()) {
            problem(field, "must be text, not " + kind(value));
            return null;
        }
        return value.asText().strip();
    }

    Boolean flag(String field) {
        JsonNode value = node.path(field);
        if (!has(field)) {
            return null;
        }
        if (!value.isBoolean()) {
            problem(field, "must be true or false");
            return null;
        }
        return value.booleanValue();
    }

    /** A whole number within [min, max], or null when absent or wrong. */
    Integer whole(String field, int min, int max) {
        JsonNode value = node.path(field);
        if (!has(field)) {
            return null;
        }
        if (!value.canConvertToExactIntegral() || value.asLong() < min || value.asLong() > max) {
            problem(field, "'" + value.asText() + "' must be a whole number from " + min + " to " + max);
            return null;
        }
        return value.asInt();
    }

    /** A positive amount, or null when absent or wrong. */
    BigDecimal amount(String field) {
        JsonNode value = node.path(field);
        if (!has(field)) {
            return null;
        }
        if (!value.isNumber() || value.decimalValue().signum() <= 0) {
            problem(field, "'" + value.asText() + "' must be a positive number (US dollars)");
            return null;
        }
        return value.decimalValue();
    }

    /** A non-empty list of non-blank scalars, each stripped; null when absent, or wrong (reported). */
    List<String> texts(String field) {
        JsonNode value = node.path(field);
        if (!has(field)) {
            return null;
        }
        if (!value.isArray() || value.isEmpty()) {
            problem(field, value.isArray() ? "is an empty list (give at least one value)"
                    : "must be a list of values, e.g. [a, b], not " + kind(value));
            return null;
        }
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            if (!item.isValueNode() || item.isNull() || item.asText().isBlank()) {
                problem(field + "[" + (i + 1) + "]", "is empty or not a plain value");
                return null;
            }
            texts.add(item.asText().strip());
        }
        return texts;
    }

    private String name(String field) {
        return path + field;
    }

    private static String kind(JsonNode value) {
        return value.isArray() ? "a list" : value.isObject() ? "a mapping" : "'" + value.asText() + "'";
    }
}
