package com.videopipeline.simulator;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * How the simulated moderation API scores ({@code simulator.moderation.*}): every category gets a low score derived
 * from the input (the same input, the same scores), and a rule whose pattern matches raises its category to the
 * rule's score. The defaults flag what a demo prompt about gore, blood, nudity or self-harm contains.
 *
 * @param rules  what raises a score; empty means the built-in defaults
 * @param flagAt the score from which a category is {@code true} under {@code categories} and the result flagged
 */
public record SimulatorModeration(List<Rule> rules, Double flagAt) {

    /** OpenAI's omni-moderation categories. */
    static final List<String> CATEGORIES = List.of("harassment", "harassment/threatening", "hate",
            "hate/threatening", "illicit", "illicit/violent", "self-harm", "self-harm/intent",
            "self-harm/instructions", "sexual", "sexual/minors", "violence", "violence/graphic");

    /** The categories OpenAI also scores from images; the others are judged from text only. */
    static final Set<String> IMAGE_CATEGORIES = Set.of("self-harm", "self-harm/intent", "self-harm/instructions",
            "sexual", "violence", "violence/graphic");

    public SimulatorModeration {
        rules = rules == null || rules.isEmpty() ? defaultRules() : List.copyOf(rules);
        flagAt = flagAt == null ? 0.5 : flagAt;
        if (flagAt < 0 || flagAt > 1) {
            throw new IllegalArgumentException("simulator.moderation.flag-at must be between 0 and 1, got " + flagAt);
        }
    }

    static SimulatorModeration defaults() {
        return new SimulatorModeration(List.of(), null);
    }

    /**
     * One rule.
     *
     * @param pattern  a Java regular expression, searched in each text part, or in an image part's https URL
     * @param category which category it raises
     * @param score    to this score, from 0 to 1
     * @param input    {@code text} (default) or {@code image}; a data URL is never matched (its base64 would
     *                 match short words by chance)
     */
    public record Rule(String pattern, String category, double score, String input) {

        public Rule {
            if (!CATEGORIES.contains(category)) {
                throw new IllegalArgumentException("simulator.moderation.rules: unknown category '" + category
                        + "'; the categories are " + CATEGORIES);
            }
            if (score < 0 || score > 1) {
                throw new IllegalArgumentException("simulator.moderation.rules: score " + score + " of " + category
                        + " is not between 0 and 1");
            }
            input = input == null ? "text" : input;
            if (!input.equals("text") && !input.equals("image")) {
                throw new IllegalArgumentException("simulator.moderation.rules: input must be text or image, got "
                        + input);
            }
            compiled(pattern);
        }

        Pattern compiled() {
            return compiled(pattern);
        }

        private static Pattern compiled(String pattern) {
            try {
                return Pattern.compile(pattern);
            } catch (PatternSyntaxException | NullPointerException e) {
                throw new IllegalArgumentException("simulator.moderation.rules: '" + pattern
                        + "' is not a valid regular expression");
            }
        }
    }

    private static List<Rule> defaultRules() {
        return List.of(
                new Rule("(?i)\\bgor(e|y)\\b", "violence/graphic", 0.97, "text"),
                new Rule("(?i)\\bgor(e|y)\\b", "violence", 0.88, "text"),
                new Rule("(?i)\\bblood(y|ied|shed)?\\b", "violence", 0.81, "text"),
                new Rule("(?i)\\b(nude|naked)\\b", "sexual", 0.93, "text"),
                new Rule("(?i)\\b(suicide|self-harm)\\b", "self-harm", 0.9, "text"),
                new Rule("(?i)\\bgore\\b", "violence/graphic", 0.95, "image"));
    }
}
