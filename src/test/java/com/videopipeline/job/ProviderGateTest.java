package com.videopipeline.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.videopipeline.metrics.PipelineMetrics;
import com.videopipeline.provider.FailureKind;
import com.videopipeline.provider.ProviderException;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The gate counts the calls our own request rate holds back, and only those, in pipeline_provider_throttled. */
class ProviderGateTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final ProviderCircuits circuits =
            new ProviderCircuits(new CircuitProperties(50, 4, Duration.ofMinutes(5), 1));
    private final ProviderGate gate = new ProviderGate(new RequestRate(
            new ThrottleProperties(Map.of("runway", new ThrottleProperties.Limit(3))),
            Clock.fixed(Instant.parse("2026-11-24T12:00:00Z"), ZoneOffset.UTC)), circuits, new PipelineMetrics(meters));

    @Test
    void shouldCountCallsHeldBackByTheRequestRate() {
        long admitted = IntStream.range(0, 5).filter(i -> gate.admit("runway")).count();

        assertThat(admitted).isEqualTo(3);
        assertThat(throttled("runway")).isEqualTo(2);
    }

    @Test
    void shouldNotCountARestingProviderAsThrottled() {
        IntStream.range(0, 4).forEach(i -> fail("sora"));

        assertThat(gate.admit("sora")).as("circuit open").isFalse();
        assertThat(meters.find("pipeline.provider.throttled").counter()).isNull();
    }

    private void fail(String provider) {
        try {
            gate.call(provider, () -> {
                throw new ProviderException(provider, FailureKind.SERVER_ERROR, 500, null, "down", null, true, null);
            });
        } catch (ProviderException expected) {
            // the circuit recorded it
        }
    }

    private double throttled(String provider) {
        return meters.get("pipeline.provider.throttled").tag("provider", provider).counter().count();
    }
}
