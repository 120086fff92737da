package com.videopipeline.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.videopipeline.simulator.SimulatorProperties.OpenAiModel;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Applies the OpenAI create rules (providers.md §1.3) with error bodies shaped like the real API's. */
final class OpenAiCreateValidator {

    static final int MAX_PROMPT = 32_000;
    static final int MAX_IMAGE_URL = 20_971_520;

    private static final Set<String> FIELDS = Set.of("model", "prompt", "seconds", "size", "input_reference");

    private final Map<String, OpenAiModel> models;

    OpenAiCreateValidator(Map<String, OpenAiModel> models) {
        this.models = models;
    }

    OpenAiCreateRequest validate(ObjectNode fields) {
        rejectUnknown(fields);
        String prompt = prompt(fields);
        String model = text(fields, "model", "sora-2");
        OpenAiModel rule = models.get(model);
        if (rule == null) {
            throw invalidValue("model", model, models.keySet().stream().sorted().collect(Collectors.joining("', '")));
        }
        String seconds = text(fields, "seconds", "4");
        if (!rule.seconds().stream().map(String::valueOf).toList().contains(seconds)) {
            throw invalidValue("seconds", seconds, joined(rule.seconds().stream().map(String::valueOf).toList()));
        }
        String size = text(fields, "size", "720x1280");
        if (!rule.sizes().contains(size)) {
            throw invalidValue("size", size, joined(rule.sizes()));
        }
        checkReference(fields.get("input_reference"));
        String[] wh = size.split("x");
        return new OpenAiCreateRequest(model, prompt, Integer.parseInt(seconds), size,
                Integer.parseInt(wh[0]), Integer.parseInt(wh[1]));
    }

    private static void rejectUnknown(ObjectNode fields) {
        for (Iterator<String> names = fields.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw ApiException.openAiInvalid(name, "unknown_parameter", "Unknown parameter: '" + name + "'.");
            }
        }
    }

    private static String prompt(ObjectNode fields) {
        JsonNode node = fields.get("prompt");
        if (node == null || node.isNull()) {
            throw ApiException.openAiInvalid("prompt", "missing_required_parameter",
                    "Missing required parameter: 'prompt'.");
        }
        String prompt = text(fields, "prompt", "");
        if (prompt.isEmpty()) {
            throw ApiException.openAiInvalid("prompt", "string_below_min_length",
                    "Invalid 'prompt': string too short. Expected a string with minimum length 1, but got an "
                            + "empty string instead.");
        }
        if (prompt.length() > MAX_PROMPT) {
            throw ApiException.openAiInvalid("prompt", "string_above_max_length", "Invalid 'prompt': string too "
                    + "long. Expected a string with maximum length " + MAX_PROMPT + ", but got a string with length "
                    + prompt.length() + " instead.");
        }
        return prompt;
    }

    /** A string field; JSON null counts as absent. Any other JSON type is refused, as the real API does. */
    private static String text(ObjectNode fields, String name, String fallback) {
        JsonNode node = fields.get(name);
        if (node == null || node.isNull()) {
            return fallback;
        }
        if (!node.isTextual()) {
            throw ApiException.openAiInvalid(name, "invalid_type", "Invalid type for '" + name
                    + "': expected a string, but got " + describe(node) + " instead.");
        }
        return node.textValue();
    }

    private static void checkReference(JsonNode reference) {
        if (reference == null || reference.isNull()) {
            return;
        }
        if (!reference.isObject()) {
            throw ApiException.openAiInvalid("input_reference", "invalid_type", "Invalid type for "
                    + "'input_reference': expected an object with image_url or file_id, but got "
                    + describe(reference) + " instead.");
        }
        new OpenAiImageReference((ObjectNode) reference).check();
    }

    private static ApiException invalidValue(String param, String value, String supported) {
        return ApiException.openAiInvalid(param, "invalid_value",
                "Invalid value: '" + value + "'. Supported values are: '" + supported + "'.");
    }

    private static String joined(List<String> values) {
        return String.join("', '", values);
    }

    static String describe(JsonNode node) {
        if (node.isIntegralNumber()) {
            return "an integer";
        }
        if (node.isNumber()) {
            return "a decimal";
        }
        return node.isBoolean() ? "a boolean" : node.isArray() ? "an array" : node.isObject() ? "an object" : "a string";
    }
}
