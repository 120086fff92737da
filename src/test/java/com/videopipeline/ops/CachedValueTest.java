package com.videopipeline.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.videopipeline.MovableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Health probes and ledger counts are read at most once per period, however often they are asked for. */
class CachedValueTest {

    private static final Instant START = Instant.parse("2026-11-24T12:00:00Z");

    private final MovableClock clock = new MovableClock(START);
    private final AtomicInteger reads = new AtomicInteger();
    private final CachedValue<Integer> value = new CachedValue<>(Duration.ofSeconds(30), clock, reads::incrementAndGet);

    @Test
    void shouldReadOnceAndAnswerFromTheLastReadWithinThePeriod() {
        int first = value.get();
        clock.advance(Duration.ofSeconds(29));

        assertThat(value.get()).isEqualTo(first).isEqualTo(1);
        assertThat(value.readAt()).isEqualTo(START);
        assertThat(reads).hasValue(1);
    }

    @Test
    void shouldReadAgainOnceThePeriodIsOver() {
        value.get();
        clock.advance(Duration.ofSeconds(30));

        assertThat(value.get()).isEqualTo(2);
        assertThat(value.readAt()).isEqualTo(START.plusSeconds(30));
    }
}
