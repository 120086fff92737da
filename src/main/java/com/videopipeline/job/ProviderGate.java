package com.videopipeline.job;

import com.videopipeline.metrics.PipelineMetrics;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * The one door every stage goes through to reach a provider: within its request rate, and only while its circuit
 * admits calls. A job that is not let through stays due and is tried on a later tick; nothing waits on a thread.
 */
@Component
class ProviderGate {

    private final RequestRate rate;
    private final ProviderCircuits circuits;
    private final PipelineMetrics metrics;

    ProviderGate(RequestRate rate, ProviderCircuits circuits, PipelineMetrics metrics) {
        this.rate = rate;
        this.circuits = circuits;
        this.metrics = metrics;
    }

    /** Lets one call to {@code provider} through now, or not. */
    boolean admit(String provider) {
        // the rate is looked at first: a circuit's trial permission must not be spent on a call the rate refuses
        boolean withinRate = rate.available(provider) > 0;
        if (withinRate && !circuits.admits(provider)) {
            return false;
        }
        boolean admitted = withinRate && rate.tryTake(provider);
        if (!admitted) {
            metrics.throttled(provider);
        }
        return admitted;
    }

    /** Makes an admitted call, recording its outcome for the provider's circuit. */
    <T> T call(String provider, Supplier<T> call) {
        return circuits.call(provider, call);
    }
}
