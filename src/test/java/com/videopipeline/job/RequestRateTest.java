package com.videopipeline.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.videopipeline.MovableClock;
import java.time.Duration;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RequestRateTest {

    private final MovableClock clock = new MovableClock(Jobs.T0);
    private final RequestRate rate = new RequestRate(
            new ThrottleProperties(Map.of("runway", new ThrottleProperties.Limit(60))), clock);

    @Test
    void shouldAllowAMinutesWorthOfCallsAtOnceAndNoMore() {
        long allowed = IntStream.range(0, 100).filter(i -> rate.tryTake("runway")).count();

        assertThat(allowed).isEqualTo(60);
        assertThat(rate.tryTake("runway")).isFalse();
    }

    @Test
    void shouldRefillAtTheConfiguredPaceWithoutSavingUpBeyondAMinute() {
        IntStream.range(0, 60).forEach(i -> rate.tryTake("runway"));

        clock.advance(Duration.ofMillis(2500));
        assertThat(rate.available("runway")).isEqualTo(2);
        clock.advance(Duration.ofHours(1));

        assertThat(rate.available("runway")).isEqualTo(60);
    }

    @Test
    void shouldNotLimitAProviderWithoutAConfiguredRate() {
        assertThat(IntStream.range(0, 1000).allMatch(i -> rate.tryTake("sora"))).isTrue();
    }
}
