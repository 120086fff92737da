package com.videopipeline.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.Set;

/**
 * Which optional fields each Runway model family takes (providers.md §2.3): Veo takes negativePrompt (and
 * Veo 3.1 audio) but no seed; the gen4/aleph family takes seed and contentModeration.
 */
final class RunwayFieldRules {

    private static final Set<String> COMMON = Set.of("model", "promptText", "ratio", "duration");
    private static final Set<String> THRESHOLDS = Set.of("auto", "low");

    private RunwayFieldRules() {
    }

    static Set<String> allowed(String endpoint, String model) {
        Set<String> allowed = new HashSet<>(COMMON);
        if (isVeo(model)) {
            allowed.add("negativePrompt");
            if (model.startsWith("veo3.1")) {
                allowed.add("audio");
            }
        } else {
            allowed.add("seed");
            allowed.add("contentModeration");
        }
        if ("image_to_video".equals(endpoint)) {
            allowed.add("promptImage");
        } else if ("video_to_video".equals(endpoint)) {
            allowed.addAll(Set.of("videoUri", "keyframes", "targetAspectRatio"));
        }
        return allowed;
    }

    /** Text-to-video always needs a prompt; of the image models only gen4.5 requires one. */
    static boolean promptRequired(String endpoint, String model) {
        return "text_to_video".equals(endpoint) || "gen4.5".equals(model);
    }

    static boolean lastFrameAllowed(String model) {
        return isVeo(model);
    }

    static void checkOptional(ObjectNode fields) {
        JsonNode negative = fields.get("negativePrompt");
        if (negative != null && !negative.isTextual()) {
            throw RunwayCreateValidator.bad("negativePrompt must be a string");
        }
        JsonNode audio = fields.get("audio");
        if (audio != null && !audio.isBoolean()) {
            throw RunwayCreateValidator.bad("audio must be a boolean");
        }
        JsonNode moderation = fields.get("contentModeration");
        if (moderation != null && !validModeration(moderation)) {
            throw RunwayCreateValidator.bad("contentModeration must be {\"publicFigureThreshold\": \"auto\"|\"low\"}");
        }
    }

    private static boolean validModeration(JsonNode moderation) {
        if (!moderation.isObject() || moderation.size() > 1) {
            return false;
        }
        JsonNode threshold = moderation.get("publicFigureThreshold");
        return moderation.isEmpty() || threshold != null && threshold.isTextual() && THRESHOLDS.contains(threshold.textValue());
    }

    private static boolean isVeo(String model) {
        return model.startsWith("veo");
    }
}
