package com.videopipeline.security;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Failed logins per key (a user name or an address) within a sliding window, and the keys locked out after too many.
 * At most {@code maxKeys} keys are kept: when full, keys with nothing left to remember go first, then the key touched
 * least recently.
 */
final class FailureCounts {

    private final int maxFailures;
    private final Duration window;
    private final Duration lockout;
    private final int maxKeys;
    private final Map<String, Failures> keys;

    FailureCounts(int maxFailures, Duration window, Duration lockout, int maxKeys) {
        this.maxFailures = maxFailures;
        this.window = window;
        this.lockout = lockout;
        this.maxKeys = maxKeys;
        this.keys = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
                return size() > maxKeys;
            }
        };
    }

    synchronized boolean isLocked(String key, Instant now) {
        Failures failures = keys.get(key);
        return failures != null && failures.lockedAt(now);
    }

    /** Counts one failure; true when it locks the key out (once per lockout). */
    synchronized boolean fail(String key, Instant now) {
        if (!keys.containsKey(key) && keys.size() >= maxKeys) {
            keys.values().removeIf(f -> f.forgottenAt(now));
        }
        Failures failures = keys.computeIfAbsent(key, k -> new Failures());
        if (failures.lockedAt(now)) {
            return false;   // a concurrent attempt that passed the check before the lockout began
        }
        failures.add(now);
        if (failures.times.size() < maxFailures) {
            return false;
        }
        failures.times.clear();
        failures.lockedUntil = now.plus(lockout);
        return true;
    }

    synchronized void reset(String key) {
        keys.remove(key);
    }

    synchronized int size() {
        return keys.size();
    }

    /** The failures of one key still inside the window (at most maxFailures), and the end of its lockout. */
    private final class Failures {

        private final Deque<Instant> times = new ArrayDeque<>();
        private Instant lockedUntil = Instant.MIN;

        void add(Instant now) {
            times.addLast(now);
            Instant since = now.minus(window);
            while (!times.getFirst().isAfter(since)) {
                times.removeFirst();
            }
        }

        boolean lockedAt(Instant now) {
            return now.isBefore(lockedUntil);
        }

        boolean forgottenAt(Instant now) {
            return !lockedAt(now) && (times.isEmpty() || !times.getLast().isAfter(now.minus(window)));
        }
    }
}
