package com.videopipeline.moderation;

/**
 * The moderation API could not give a verdict. {@code passing} says whether trying again may help (429, 5xx,
 * timeouts, refused connects); a wrong key or a refused request will not pass by waiting.
 */
final class ModerationUnavailable extends Exception {

    private final boolean passing;

    ModerationUnavailable(String message, boolean passing) {
        super(message, null, false, false);
        this.passing = passing;
    }

    ModerationUnavailable(String message, boolean passing, Throwable cause) {
        super(message, cause, false, false);
        this.passing = passing;
    }

    boolean passing() {
        return passing;
    }
}
