package com.videopipeline.moderation;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds configured words or phrases as whole words, case-insensitively, in folded text: {@code gore} matches
 * "Gore" and "gore," but not "gorey" or "Algore"; the words of a phrase may be separated by any whitespace.
 * All terms are one alternation, so a prompt is scanned once however long the list.
 */
final class TermMatcher {

    private final List<String> terms;
    private final Pattern pattern;

    TermMatcher(List<String> terms) {
        this.terms = List.copyOf(terms);
        this.pattern = terms.isEmpty() ? null : Pattern.compile(alternation(terms),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The configured term that occurs in {@code folded}, or empty. */
    Optional<String> find(String folded) {
        if (pattern == null) {
            return Optional.empty();
        }
        Matcher m = pattern.matcher(folded);
        if (!m.find()) {
            return Optional.empty();
        }
        for (int i = 0; i < terms.size(); i++) {
            if (m.group("t" + i) != null) {
                return Optional.of(terms.get(i));
            }
        }
        return Optional.empty();
    }

    private static String alternation(List<String> terms) {
        StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}_])(?:");
        for (int i = 0; i < terms.size(); i++) {
            regex.append(i == 0 ? "" : "|").append("(?<t").append(i).append('>');
            String[] words = PromptText.folded(terms.get(i)).split(" ");
            for (int w = 0; w < words.length; w++) {
                regex.append(w == 0 ? "" : "\\s+").append(Pattern.quote(words[w]));
            }
            regex.append(')');
        }
        return regex.append(")(?![\\p{L}\\p{N}_])").toString();
    }
}
