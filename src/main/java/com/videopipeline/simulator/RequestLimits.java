package com.videopipeline.simulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The sliding-minute request rate and the rolling-24-hour create quota of one provider, on the simulator's clock so
 * tests can move past a window instead of waiting. Nothing is recorded while a limit is off.
 */
final class RequestLimits {

    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final Duration DAY = Duration.ofHours(24);

    private final Clock clock;
    private final Deque<Instant> requests = new ArrayDeque<>();
    private final Map<String, Deque<Instant>> creates = new HashMap<>();

    RequestLimits(Clock clock) {
        this.clock = clock;
    }

    /** Counts one request; empty if it is within the limit, else how long until the window admits the next. */
    synchronized Optional<Duration> admitRequest(int perMinute) {
        if (perMinute <= 0) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        dropBefore(requests, now.minus(MINUTE));
        if (requests.size() >= perMinute) {
            return Optional.of(Duration.between(now, requests.peekFirst().plus(MINUTE)));
        }
        requests.addLast(now);
        return Optional.empty();
    }

    synchronized boolean quotaLeft(String key, int quota) {
        if (quota <= 0) {
            return true;
        }
        Deque<Instant> used = creates.computeIfAbsent(key, unused -> new ArrayDeque<>());
        dropBefore(used, clock.instant().minus(DAY));
        return used.size() < quota;
    }

    synchronized void recordCreate(String key, int quota) {
        if (quota > 0) {
            creates.computeIfAbsent(key, unused -> new ArrayDeque<>()).addLast(clock.instant());
        }
    }

    synchronized void clear() {
        requests.clear();
        creates.clear();
    }

    private static void dropBefore(Deque<Instant> times, Instant cutoff) {
        while (!times.isEmpty() && !times.peekFirst().isAfter(cutoff)) {
            times.removeFirst();
        }
    }
}
