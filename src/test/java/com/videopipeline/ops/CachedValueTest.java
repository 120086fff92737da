package com.videopipeline.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Health probes and ledger counts are read at most once per period, however often they are asked for. */
class CachedValueTest {

    private final MovableClock clock = new MovableClock();
    private final AtomicInteger reads = new AtomicInteger();
    private final CachedValue<Integer> value = new CachedValue<>(Duration.ofSeconds(30), clock, reads::incrementAndGet);

    @Test
    void shouldReadOnceAndAnswerFromTheLastReadWithinThePeriod() {
        int first = value.get();
        clock.advance(Duration.ofSeconds(29));

        assertThat(value.get()).isEqualTo(first).isEqualTo(1);
        assertThat(value.readAt()).isEqualTo(MovableClock.START);
        assertThat(reads).hasValue(1);
    }

    @Test
    void shouldReadAgainOnceThePeriodIsOver() {
        value.get();
        clock.advance(Duration.ofSeconds(30));

        assertThat(value.get()).isEqualTo(2);
        assertThat(value.readAt()).isEqualTo(MovableClock.START.plusSeconds(30));
    }

    private static final class MovableClock extends Clock {

        static final Instant START = Instant.parse("2026-11-24T12:00:00Z");
        private Instant now = START;

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
