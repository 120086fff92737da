package com.videopipeline.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.videopipeline.provider.FailureKind;
import com.videopipeline.provider.ProviderException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProviderCircuitsTest {

    private final ProviderCircuits circuits = new ProviderCircuits(new CircuitProperties(50, 4, Duration.ofMillis(200), 1));

    private void failWith(FailureKind kind) {
        assertThatThrownBy(() -> circuits.call("runway", () -> {
            throw new ProviderException("runway", kind, "runway: " + kind);
        })).isInstanceOf(ProviderException.class);
    }

    @Test
    void shouldStopAdmittingCallsToAProviderThatKeepsFailing() {
        for (int i = 0; i < 4; i++) {
            assertThat(circuits.admits("runway")).isTrue();
            failWith(FailureKind.SERVER_ERROR);
        }

        assertThat(circuits.admits("runway")).isFalse();
        assertThat(circuits.state("runway")).isEqualTo("OPEN");
        assertThat(circuits.admits("sora")).as("other providers are not affected").isTrue();
    }

    @Test
    void shouldNotCountRateLimitsOrBadRequestsAsTheProviderBeingDown() {
        for (int i = 0; i < 8; i++) {
            circuits.admits("runway");
            failWith(i % 2 == 0 ? FailureKind.RATE_LIMITED : FailureKind.BAD_REQUEST);
        }

        assertThat(circuits.state("runway")).isEqualTo("CLOSED");
    }

    @Test
    void shouldLetATrialCallThroughAfterRestingAndCloseWhenItSucceeds() {
        for (int i = 0; i < 4; i++) {
            circuits.admits("runway");
            failWith(FailureKind.CONNECTION);
        }

        await().atMost(Duration.ofSeconds(5)).until(() -> circuits.admits("runway"));
        circuits.call("runway", () -> "ok");

        assertThat(circuits.state("runway")).isEqualTo("CLOSED");
    }
}
