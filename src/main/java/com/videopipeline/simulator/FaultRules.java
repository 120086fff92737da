package com.videopipeline.simulator;

import java.time.Duration;

/** Checks shared by the fault settings, so a bad value fails at start-up or as a 400 on the admin endpoint. */
final class FaultRules {

    /** Upper bound of every deliberate hold, so a misconfigured fault cannot park a server thread for good. */
    static final Duration MAX_HOLD = Duration.ofMinutes(10);

    private FaultRules() {
    }

    static void requireProbability(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be a probability between 0 and 1, got " + value);
        }
    }

    /** For outcomes that exclude each other: their probabilities share one draw, so they may add up to 1 at most. */
    static void requireTotalAtMostOne(String name, double... values) {
        double total = 0;
        for (double value : values) {
            total += value;
        }
        if (total > 1 + 1e-9) {
            throw new IllegalArgumentException(name + " exclude each other, so their probabilities must add up to"
                    + " at most 1, got " + total);
        }
    }

    static void requireNotNegative(String name, int value) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must be 0 (no limit) or more, got " + value);
        }
    }

    /** The value, or the fallback when unset; must be positive and at most {@link #MAX_HOLD}. */
    static Duration duration(String name, Duration value, Duration fallback) {
        Duration result = value == null ? fallback : value;
        if (result.isNegative() || result.isZero() || result.compareTo(MAX_HOLD) > 0) {
            throw new IllegalArgumentException(name + " must be positive and at most " + MAX_HOLD + ", got " + result);
        }
        return result;
    }
}
