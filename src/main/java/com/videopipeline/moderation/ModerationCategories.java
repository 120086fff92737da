package com.videopipeline.moderation;

import java.util.Comparator;
import java.util.List;

/** The categories of OpenAI's {@code omni-moderation} models, as its answers and our thresholds name them. */
final class ModerationCategories {

    static final List<String> NAMES = List.of("harassment", "harassment/threatening", "hate", "hate/threatening",
            "illicit", "illicit/violent", "self-harm", "self-harm/intent", "self-harm/instructions", "sexual",
            "sexual/minors", "violence", "violence/graphic");

    private ModerationCategories() {
    }

    /** " (did you mean 'x'?)" for a near miss such as {@code violance} or {@code sexual_minors}; else empty. */
    static String suggest(String name) {
        String nearest = NAMES.stream().min(Comparator.comparingInt(n -> distance(n, name))).orElseThrow();
        return distance(nearest, name) <= 3 ? " '" + name + "' (did you mean '" + nearest + "'?)" : " '" + name + "'";
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
