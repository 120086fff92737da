package com.videopipeline.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.videopipeline.simulator.SimulatorProperties.RunwayModel;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Applies the Runway create rules (providers.md §2.3): model per endpoint, ratio, duration, camelCase fields.
 * Unknown fields are refused, so a snake_case or misplaced field fails here instead of being silently ignored.
 */
final class RunwayCreateValidator {

    static final int MAX_PROMPT = 1000;
    private static final double VIDEO_TO_VIDEO_SECONDS = 5;
    private static final long MAX_SEED = 4_294_967_295L;

    private final Map<String, Map<String, RunwayModel>> endpoints;

    RunwayCreateValidator(Map<String, Map<String, RunwayModel>> endpoints) {
        this.endpoints = endpoints;
    }

    RunwayCreateRequest validate(String endpoint, JsonNode body) {
        if (!(body instanceof ObjectNode fields)) {
            throw bad("Request body must be a JSON object");
        }
        String model = model(endpoint, fields);
        RunwayModel rule = endpoints.get(endpoint).get(model);
        rejectUnknown(fields, RunwayFieldRules.allowed(endpoint, model));
        String promptText = promptText(fields, RunwayFieldRules.promptRequired(endpoint, model));
        int[] size = ratio(fields, rule, !"video_to_video".equals(endpoint));
        double seconds = duration(fields, rule, model);
        RunwayFieldRules.checkOptional(fields);
        checkSeed(fields.get("seed"));
        if ("image_to_video".equals(endpoint)) {
            RunwayInputs.checkPromptImage(fields.get("promptImage"), RunwayFieldRules.lastFrameAllowed(model));
        } else if ("video_to_video".equals(endpoint)) {
            RunwayInputs.checkVideoUri(fields.get("videoUri"));
        }
        return new RunwayCreateRequest(endpoint, model, promptText, size[0], size[1], seconds);
    }

    boolean knowsEndpoint(String endpoint) {
        return endpoints.containsKey(endpoint);
    }

    private String model(String endpoint, ObjectNode fields) {
        JsonNode model = fields.get("model");
        if (model == null || !model.isTextual()) {
            throw bad("model is required and must be a string");
        }
        Map<String, RunwayModel> models = endpoints.get(endpoint);
        if (!models.containsKey(model.textValue())) {
            throw bad("Model '" + model.textValue() + "' is not supported on /v1/" + endpoint
                    + ". Supported models: " + new TreeSet<>(models.keySet()));
        }
        return model.textValue();
    }

    private static void rejectUnknown(ObjectNode fields, Set<String> allowed) {
        for (Iterator<String> names = fields.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw bad("Unrecognized field '" + name + "' for this model. Allowed fields: " + new TreeSet<>(allowed));
            }
        }
    }

    private static String promptText(ObjectNode fields, boolean required) {
        JsonNode prompt = fields.get("promptText");
        if (prompt == null || prompt.isNull()) {
            if (required) {
                throw bad("promptText is required");
            }
            return "";
        }
        if (!prompt.isTextual() || prompt.textValue().isEmpty()) {
            throw bad("promptText must be a non-empty string");
        }
        if (prompt.textValue().length() > MAX_PROMPT) {
            throw bad("promptText must be at most " + MAX_PROMPT + " characters, got " + prompt.textValue().length());
        }
        return prompt.textValue();
    }

    private static int[] ratio(ObjectNode fields, RunwayModel rule, boolean required) {
        JsonNode ratio = fields.get("ratio");
        if (ratio == null || ratio.isNull()) {
            if (required) {
                throw bad("ratio is required; one of " + rule.ratios());
            }
            return new int[] {1280, 720};
        }
        if (!ratio.isTextual() || !rule.ratios().contains(ratio.textValue())) {
            throw bad("Invalid ratio " + ratio + "; expected one of " + rule.ratios());
        }
        String[] wh = ratio.textValue().split(":");
        return new int[] {Integer.parseInt(wh[0]), Integer.parseInt(wh[1])};
    }

    private static double duration(ObjectNode fields, RunwayModel rule, String model) {
        JsonNode duration = fields.get("duration");
        if (rule.durations().isEmpty()) {
            if (duration != null) {
                throw bad("duration is not supported by model " + model);
            }
            return VIDEO_TO_VIDEO_SECONDS;
        }
        if (duration == null || duration.isNull()) {
            throw bad("duration is required; one of " + rule.durations());
        }
        if (!duration.isIntegralNumber() || !rule.durations().contains(duration.intValue())) {
            throw bad("Invalid duration " + duration + " for model " + model + "; expected an integer in "
                    + rule.durations());
        }
        return duration.intValue();
    }

    private static void checkSeed(JsonNode seed) {
        if (seed != null && (!seed.isIntegralNumber() || !seed.canConvertToLong()
                || seed.longValue() < 0 || seed.longValue() > MAX_SEED)) {
            throw bad("seed must be an integer between 0 and " + MAX_SEED);
        }
    }

    static ApiException bad(String message) {
        return ApiException.runway(400, message);
    }
}
