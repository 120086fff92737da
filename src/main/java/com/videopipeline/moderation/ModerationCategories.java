package com.videopipeline.moderation;

import com.videopipeline.request.EditDistance;
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
        String nearest = NAMES.stream().min(Comparator.comparingInt(n -> EditDistance.between(n, name)))
                .orElseThrow();
        return EditDistance.between(nearest, name) <= 3 ? " '" + name + "' (did you mean '" + nearest + "'?)"
                : " '" + name + "'";
    }
}
