package com.videopipeline.request;

import java.util.List;
import java.util.Locale;

/** The field names a prompt file may use, and a "did you mean" for the near misses users actually type. */
final class FieldNames {

    static final String ID = "id";
    static final String PROMPT = "prompt";
    static final String SECONDS = "seconds";
    static final String SIZE = "size";
    static final String FPS = "fps";
    static final String PROVIDER = "provider";
    static final String MODEL = "model";
    static final String IMAGE = "image";
    static final String VIDEO = "video";
    static final String NEGATIVE_PROMPT = "negative_prompt";
    static final String SEED = "seed";
    static final String TAGS = "tags";
    static final String CACHE = "cache";
    static final String PRESET = "preset";
    static final String BRAND = "brand";
    static final String EXPAND = "expand";
    static final String TARGETS = "targets";
    static final String COMPARE = "compare";

    static final List<String> ALL = List.of(
            ID, PROMPT, SECONDS, SIZE, FPS, PROVIDER, MODEL, IMAGE, VIDEO, NEGATIVE_PROMPT, SEED, TAGS, CACHE,
            PRESET, BRAND, EXPAND, TARGETS, COMPARE);

    private static final int SHORT_NAME = 4;
    /** "secs", "img" and "neg" are abbreviations worth a suggestion; "s" is not. */
    private static final int MIN_ABBREVIATION = 3;

    private FieldNames() {
    }

    static boolean known(String name) {
        return ALL.contains(name);
    }

    /** The message for an unknown field, suggesting the closest known name when it is a plausible typo. */
    static String unknown(String name) {
        String suggestion = closest(name);
        return "unknown field " + Values.show(name) + (suggestion != null
                ? " (did you mean '" + suggestion + "'?)"
                : " (allowed: " + String.join(", ", ALL) + ")");
    }

    private static String closest(String name) {
        String typed = simplify(name);
        String lower = name.strip().toLowerCase(Locale.ROOT);
        String best = null;
        int bestScore = Integer.MAX_VALUE;
        for (String candidate : ALL) {
            // scores in half edits: camelCase or capitals for the snake_case name are no edit at all, and an
            // abbreviation ("vid") beats a one-letter edit ("id") for the same typed name
            int score = typed.equals(simplify(candidate)) ? 0 : 2 * EditDistance.between(lower, candidate);
            if (abbreviates(typed, simplify(candidate))) {
                score = Math.min(score, 1);
            }
            // two edits turn "x" into "id", so short names only tolerate one
            int tolerated = 2 * (candidate.length() <= SHORT_NAME ? 1 : 2);
            if (score <= tolerated && score < bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }

    /** True when the short name keeps the first letter and the order of the long one's letters. */
    private static boolean abbreviates(String typed, String candidate) {
        if (typed.length() < MIN_ABBREVIATION || typed.length() >= candidate.length()
                || typed.charAt(0) != candidate.charAt(0)) {
            return false;
        }
        int found = 0;
        for (int i = 0; i < candidate.length() && found < typed.length(); i++) {
            if (candidate.charAt(i) == typed.charAt(found)) {
                found++;
            }
        }
        return found == typed.length();
    }

    private static String simplify(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[\\s_-]", "");
    }
}
