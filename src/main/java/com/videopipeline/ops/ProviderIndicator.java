package com.videopipeline.ops;

import com.videopipeline.job.ProviderCircuits;
import com.videopipeline.provider.ProviderProbe;
import java.time.Clock;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;

/**
 * One provider's health: OUT_OF_SERVICE while its circuit is open (resting: its jobs wait or move to another
 * provider; no probe is sent), else what its cheapest authenticated read answered, at most once per
 * pipeline.ops.probe-every: UP when it answered (a 429 included), OUT_OF_SERVICE when it did not or failed (5xx,
 * timeout), DOWN when it refused our key or the URL is wrong, which needs a person.
 */
final class ProviderIndicator implements HealthIndicator {

    private final String provider;
    private final ProviderCircuits circuits;
    private final CachedValue<ProviderProbe.Result> probe;

    ProviderIndicator(String provider, ProviderProbe probe, ProviderCircuits circuits, OpsProperties props,
                      Clock clock) {
        this.provider = provider;
        this.circuits = circuits;
        this.probe = new CachedValue<>(props.probeEvery(), clock, () -> probe.probe(provider, props.probeTimeout()));
    }

    @Override
    public Health health() {
        String circuit = circuits.state(provider);
        if ("OPEN".equals(circuit)) {
            return Health.outOfService().withDetail("circuit", circuit).withDetail("reason", provider
                    + " is resting after failing calls (circuit open): its jobs wait or move to another provider")
                    .build();
        }
        ProviderProbe.Result result = probe.get();
        return Health.status(status(result.reach())).withDetail("circuit", circuit)
                .withDetail("reason", result.reason())
                .withDetail("probeMillis", result.took().toMillis())
                .withDetail("probedAt", probe.readAt().toString())
                .build();
    }

    private static Status status(ProviderProbe.Reach reach) {
        return switch (reach) {
            case REACHABLE -> Status.UP;
            case FAILING -> Status.OUT_OF_SERVICE;
            case REFUSED -> Status.DOWN;
        };
    }
}
