package com.videopipeline.ops;

import com.videopipeline.job.JobState;
import com.videopipeline.job.ProviderCircuits;
import com.videopipeline.provider.ProviderRegistry;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/**
 * The gauges read from the ledger and the circuits, bound once to Boot's registry: {@code pipeline_jobs{state}} for
 * every state (0 included, so a graph has no gaps), {@code pipeline_provider_in_flight{provider}} and the
 * circuits' {@code resilience4j_circuitbreaker_*}, one circuit per enabled provider from the start.
 */
@Component
class PipelineGauges implements MeterBinder {

    private final LedgerCounts counts;
    private final ProviderRegistry providers;
    private final ProviderCircuits circuits;

    PipelineGauges(LedgerCounts counts, ProviderRegistry providers, ProviderCircuits circuits) {
        this.counts = counts;
        this.providers = providers;
        this.circuits = circuits;
    }

    @Override
    public void bindTo(MeterRegistry meters) {
        for (JobState state : JobState.values()) {
            Gauge.builder("pipeline.jobs", counts, c -> c.inState(state))
                    .description("jobs in the ledger by state (terminal states count every job ever ended so)")
                    .tag("state", state.name()).register(meters);
        }
        for (String provider : providers.names()) {
            Gauge.builder("pipeline.provider.in.flight", counts, c -> c.atProvider(provider))
                    .description("jobs holding a slot at the provider: submitting, submitted or running")
                    .tag("provider", provider).register(meters);
            circuits.state(provider);
        }
        circuits.bindTo(meters);
    }
}
