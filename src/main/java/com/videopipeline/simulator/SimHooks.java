package com.videopipeline.simulator;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test hooks parsed from a prompt, so a test can force an outcome through the public API alone. A hook written
 * {@code [sim:runway:...]} or {@code [sim:openai:...]} applies at that API only, so a test can make one provider
 * misbehave while another, given the same prompt, does not.
 *
 * @param failCode        non-null: the job fails with this code
 * @param truncate        the download declares the full length but stops halfway
 * @param corrupt         the download has the full length but is not an MP4
 * @param secondsOverride non-null: the produced file lasts this long instead of the requested duration
 */
record SimHooks(String failCode, boolean truncate, boolean corrupt, Double secondsOverride) {

    private static final Pattern FAIL = Pattern.compile("\\[sim:fail=([A-Za-z0-9_.\\-]+)]");
    private static final Pattern SECONDS = Pattern.compile("\\[sim:seconds=([1-9]\\d{0,3}(?:\\.\\d+)?)]");
    private static final Pattern SCOPED = Pattern.compile("\\[sim:(openai|runway):");

    /** The hooks that apply at {@code api} ({@code openai} or {@code runway}): unscoped ones and its own. */
    static SimHooks parse(String prompt, String api) {
        return parse(prompt == null ? null : SCOPED.matcher(prompt)
                .replaceAll(m -> m.group(1).equals(api) ? "[sim:" : "[other-api:"));
    }

    static SimHooks parse(String prompt) {
        if (prompt == null) {
            return new SimHooks(null, false, false, null);
        }
        Matcher fail = FAIL.matcher(prompt);
        Matcher seconds = SECONDS.matcher(prompt);
        return new SimHooks(
                fail.find() ? fail.group(1) : null,
                prompt.contains("[sim:truncate]"),
                prompt.contains("[sim:corrupt]"),
                seconds.find() ? Double.valueOf(seconds.group(1)) : null);
    }

    boolean fails() {
        return failCode != null;
    }
}
