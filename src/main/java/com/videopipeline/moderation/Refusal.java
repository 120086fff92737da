package com.videopipeline.moderation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why a check refused a prompt. The reason recorded on the job starts with the category
 * ({@code policy/blocked-term: ...}, {@code moderation/violence: ...}), so the category is the first thing a report
 * shows, and {@link #categoryOf} can give it back from a reason the ledger kept.
 *
 * @param category {@code policy/<rule>} for our own policy, {@code moderation/<API category>} for the moderation
 *                 API, {@code moderation/unavailable} when the API could not be asked
 * @param detail   what matched, or the score against its threshold
 */
public record Refusal(String category, String detail) {

    private static final Pattern CATEGORY = Pattern.compile("((?:policy|moderation)/[a-z][a-z/-]*): ");

    String reason() {
        return category + ": " + detail;
    }

    /** The category a moderation reason starts with, or null when it is not one of ours. */
    public static String categoryOf(String reason) {
        if (reason == null) {
            return null;
        }
        Matcher m = CATEGORY.matcher(reason);
        return m.lookingAt() ? m.group(1) : null;
    }
}
