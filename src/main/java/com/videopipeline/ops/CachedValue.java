package com.videopipeline.ops;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * A value read at most once per {@code every}; callers in between get the last one. Reads are serialised, so a
 * burst of health checks or scrapes makes one probe or query, not one each.
 */
final class CachedValue<T> {

    private final Duration every;
    private final Clock clock;
    private final Supplier<T> source;
    private T value;
    private Instant readAt;

    CachedValue(Duration every, Clock clock, Supplier<T> source) {
        this.every = every;
        this.clock = clock;
        this.source = source;
    }

    synchronized T get() {
        Instant now = clock.instant();
        if (readAt == null || !now.isBefore(readAt.plus(every))) {
            value = source.get();
            readAt = now;
        }
        return value;
    }

    /** When the value in hand was read; null before the first read. */
    synchronized Instant readAt() {
        return readAt;
    }
}
