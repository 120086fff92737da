package com.videopipeline.job;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Keeps calls to each provider within its requests-per-minute: a token bucket per provider that refills
 * continuously and holds at most one minute's worth, so a burst after a quiet spell stays within the limit.
 * Stages take a token per call and leave jobs due when none is left; nothing blocks a thread. In-process for
 * now; the {@link #tryTake} contract is what a shared (database-backed) bucket would implement for several
 * instances.
 */
@Component
class RequestRate {

    private final ThrottleProperties props;
    private final Clock clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    RequestRate(ThrottleProperties props, Clock clock) {
        this.props = props;
        this.clock = clock;
    }

    /** Takes one call's token for {@code provider}; false when the provider's budget for now is spent. */
    boolean tryTake(String provider) {
        ThrottleProperties.Limit limit = props.providers().get(provider);
        if (limit == null) {
            return true;
        }
        return buckets.computeIfAbsent(provider, p -> new Bucket(limit.requestsPerMinute(), clock.instant()))
                .tryTake(clock.instant());
    }

    /** How many calls {@code provider} may make right now (Integer.MAX_VALUE when it is not limited). */
    int available(String provider) {
        ThrottleProperties.Limit limit = props.providers().get(provider);
        if (limit == null) {
            return Integer.MAX_VALUE;
        }
        return buckets.computeIfAbsent(provider, p -> new Bucket(limit.requestsPerMinute(), clock.instant()))
                .available(clock.instant());
    }

    /** Tokens refill at perMinute / 60 s; at most perMinute are held. */
    private static final class Bucket {
        private final int perMinute;
        private double tokens;
        private Instant last;

        Bucket(int perMinute, Instant now) {
            this.perMinute = perMinute;
            this.tokens = perMinute;
            this.last = now;
        }

        synchronized boolean tryTake(Instant now) {
            refill(now);
            if (tokens < 1) {
                return false;
            }
            tokens -= 1;
            return true;
        }

        synchronized int available(Instant now) {
            refill(now);
            return (int) tokens;
        }

        private void refill(Instant now) {
            double minutes = Duration.between(last, now).toNanos() / 60e9;
            tokens = Math.min(perMinute, tokens + minutes * perMinute);
            last = now;
        }
    }
}
