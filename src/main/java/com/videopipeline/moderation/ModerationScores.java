package com.videopipeline.moderation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the moderation API answered, over all its results (one per input; the multimodal array gives one): the
 * highest score of each category, and the categories the API itself flagged.
 */
record ModerationScores(Map<String, Double> scores, Set<String> flagged) {

    ModerationScores {
        scores = Map.copyOf(scores);
        flagged = Set.copyOf(flagged);
    }

    /** From the answer's {@code results}; null when it has none, or a result without {@code category_scores}. */
    static ModerationScores of(JsonNode results) {
        if (!results.isArray() || results.isEmpty()) {
            return null;
        }
        Map<String, Double> scores = new TreeMap<>();
        Set<String> flagged = new TreeSet<>();
        for (JsonNode result : results) {
            JsonNode categoryScores = result.path("category_scores");
            if (!categoryScores.isObject()) {
                return null;
            }
            categoryScores.fields().forEachRemaining(e -> scores.merge(e.getKey(), e.getValue().asDouble(), Math::max));
            result.path("categories").fields().forEachRemaining(e -> {
                if (e.getValue().asBoolean()) {
                    flagged.add(e.getKey());
                }
            });
        }
        return new ModerationScores(scores, flagged);
    }

    double score(String category) {
        return scores.getOrDefault(category, 0.0);
    }
}
