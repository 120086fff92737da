package com.videopipeline.simulator;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test hooks parsed from a prompt, so a test can force an outcome through the public API alone.
 *
 * @param failCode        non-null: the job fails with this code
 * @param truncate        the download declares the full length but stops halfway
 * @param corrupt         the download has the full length but is not an MP4
 * @param secondsOverride non-null: the produced file lasts this long instead of the requested duration
 */
record SimHooks(String failCode, boolean truncate, boolean corrupt, Double secondsOverride) {

    private static final Pattern FAIL = Pattern.compile("\\[sim:fail=([A-Za-z0-9_.\\-]+)]");
    private static final Pattern SECONDS = Pattern.compile("\\[sim:seconds=([1-9]\\d{0,3}(?:\\.\\d+)?)]");

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
