package com.videopipeline.simulator;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * Scores one moderation input (its text parts and image URLs) as {@link SimulatorModeration} says, into one result
 * of OpenAI's shape: {@code flagged}, {@code categories}, {@code category_scores},
 * {@code category_applied_input_types}.
 */
final class ModerationScorer {

    private final SimulatorModeration settings;

    ModerationScorer(SimulatorModeration settings) {
        this.settings = settings;
    }

    /** The result for one input: its texts and its images (URLs, https or data). */
    Map<String, Object> result(List<String> texts, List<String> images) {
        Map<String, Object> categories = new LinkedHashMap<>();
        Map<String, Object> scores = new LinkedHashMap<>();
        Map<String, Object> applied = new LinkedHashMap<>();
        boolean flagged = false;
        for (String category : SimulatorModeration.CATEGORIES) {
            double score = score(category, texts, images);
            boolean hit = score >= settings.flagAt();
            flagged |= hit;
            categories.put(category, hit);
            scores.put(category, score);
            applied.put(category, inputTypes(category, texts, images));
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("flagged", flagged);
        result.put("categories", categories);
        result.put("category_scores", scores);
        result.put("category_applied_input_types", applied);
        return result;
    }

    private double score(String category, List<String> texts, List<String> images) {
        double score = background(category, texts, images);
        for (SimulatorModeration.Rule rule : settings.rules()) {
            if (rule.category().equals(category) && matches(rule, texts, images)) {
                score = Math.max(score, rule.score());
            }
        }
        return score;
    }

    private static boolean matches(SimulatorModeration.Rule rule, List<String> texts, List<String> images) {
        if (rule.input().equals("image")) {
            return images.stream().filter(url -> url.startsWith("https://"))
                    .anyMatch(url -> rule.compiled().matcher(url).find());
        }
        return texts.stream().anyMatch(text -> rule.compiled().matcher(text).find());
    }

    /** A low score, always the same for the same input and category: at most 0.005. */
    private static double background(String category, List<String> texts, List<String> images) {
        CRC32 crc = new CRC32();
        crc.update((category + '\n' + String.join("\n", texts) + '\n' + String.join("\n", images))
                .getBytes(StandardCharsets.UTF_8));
        return (1 + crc.getValue() % 5000) / 1_000_000.0;
    }

    private static List<String> inputTypes(String category, List<String> texts, List<String> images) {
        List<String> types = new ArrayList<>();
        if (!texts.isEmpty()) {
            types.add("text");
        }
        if (!images.isEmpty() && SimulatorModeration.IMAGE_CATEGORIES.contains(category)) {
            types.add("image");
        }
        return types;
    }
}
