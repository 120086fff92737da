package com.videopipeline.job;

import com.videopipeline.provider.FailureKind;
import com.videopipeline.provider.ProviderException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One circuit breaker per provider. Stages ask {@link #admits} before they take a job for a provider, so while a
 * provider is down its jobs simply wait (up to their deadline) instead of spending retries; every call goes through
 * {@link #call}, which records how it went.
 */
@Component
public class ProviderCircuits {

    private static final Logger LOG = LoggerFactory.getLogger(ProviderCircuits.class);
    private static final Set<FailureKind> HEALTH = EnumSet.of(FailureKind.SERVER_ERROR, FailureKind.TIMEOUT,
            FailureKind.CONNECTION, FailureKind.MALFORMED_RESPONSE);

    private final CircuitBreakerRegistry registry;

    ProviderCircuits(CircuitProperties props) {
        registry = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
                .failureRateThreshold(props.failureRate())
                .slidingWindowSize(props.window())
                .minimumNumberOfCalls(Math.min(props.window(), 5))
                .waitDurationInOpenState(props.openFor())
                .permittedNumberOfCallsInHalfOpenState(props.trialCalls())
                .build());
        registry.getEventPublisher().onEntryAdded(added -> added.getAddedEntry().getEventPublisher()
                .onStateTransition(e -> LOG.warn("circuit of provider {}: {}", e.getCircuitBreakerName(),
                        e.getStateTransition())));
    }

    /** True when {@code provider} may be called now; a trial call of a resting provider counts as admitted. */
    public boolean admits(String provider) {
        return breaker(provider).tryAcquirePermission();
    }

    /** The circuit's state, for status views and metrics: CLOSED, OPEN or HALF_OPEN. */
    public String state(String provider) {
        return breaker(provider).getState().name();
    }

    /** Providers whose circuit is open: resting, their jobs not to be sent now. */
    public Set<String> resting() {
        return registry.getAllCircuitBreakers().stream()
                .filter(b -> b.getState() == CircuitBreaker.State.OPEN)
                .map(CircuitBreaker::getName).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** Publishes every circuit's state and calls as resilience4j_circuitbreaker_* meters, tagged name=provider. */
    public void bindTo(MeterRegistry meters) {
        TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(registry).bindTo(meters);
    }

    /** Makes an admitted call and records its outcome. */
    <T> T call(String provider, Supplier<T> call) {
        CircuitBreaker breaker = breaker(provider);
        long start = System.nanoTime();
        try {
            T result = call.get();
            breaker.onSuccess(System.nanoTime() - start, TimeUnit.NANOSECONDS);
            return result;
        } catch (ProviderException e) {
            if (HEALTH.contains(e.kind())) {
                breaker.onError(System.nanoTime() - start, TimeUnit.NANOSECONDS, e);
            } else {
                breaker.onSuccess(System.nanoTime() - start, TimeUnit.NANOSECONDS);
            }
            throw e;
        }
    }

    private CircuitBreaker breaker(String provider) {
        return registry.circuitBreaker(provider);
    }
}
