package com.videopipeline.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * The pipeline's own counters and timers ({@code pipeline_*} at /actuator/prometheus), recorded where things happen.
 * Every tag has few values: provider and model names from config, call kinds, failure kinds, targets and outcomes;
 * never a job or batch id. The ledger gauges (jobs by state) are ops.LedgerGauges.
 */
@Component
public class PipelineMetrics {

    /** Buckets for histogram_quantile over provider calls: a status poll takes ms, a download minutes. */
    private static final Duration[] LATENCY_BUCKETS = {Duration.ofMillis(50), Duration.ofMillis(100),
            Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofMillis(2500),
            Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(60),
            Duration.ofMinutes(5)};

    private final MeterRegistry meters;

    public PipelineMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    /** Meters that go nowhere, for code built outside Spring (unit tests, the standalone simulator's clients). */
    public static PipelineMetrics none() {
        return new PipelineMetrics(new CompositeMeterRegistry());
    }

    /**
     * One HTTP call to a provider and how it went.
     *
     * @param call    create, status, list, cancel or download
     * @param outcome ok, or the failure kind (rate_limited, server_error, timeout...)
     */
    public void providerCall(String provider, String call, String outcome, long nanos) {
        Timer.builder("pipeline.provider.request")
                .description("HTTP calls to a provider, by call and outcome")
                .tags("provider", provider, "call", call, "outcome", tag(outcome))
                .serviceLevelObjectives(LATENCY_BUCKETS)
                .register(meters).record(nanos, TimeUnit.NANOSECONDS);
    }

    /** A 429 from a provider: {@code quota} when the account's quota is spent, else a rate limit. */
    public void http429(String provider, boolean quota) {
        Counter.builder("pipeline.provider.http.429")
                .description("429 answers from a provider: kind=rate (slow down) or quota (spent until reset)")
                .tags("provider", provider, "kind", quota ? "quota" : "rate")
                .register(meters).increment();
    }

    /** A call held back by our own request rate (pipeline.throttle), before it reached the provider. */
    public void throttled(String provider) {
        Counter.builder("pipeline.provider.throttled")
                .description("calls held back by our own request rate (pipeline.throttle); the job waits a tick")
                .tags("provider", provider)
                .register(meters).increment();
    }

    /** A job that will try its stage again (or reconcile an unknown submit) after a failure of this kind. */
    public void retry(String provider, String reason) {
        Counter.builder("pipeline.job.retries")
                .description("jobs set to try their stage again, by the failure that caused it")
                .tags("provider", provider, "reason", tag(reason))
                .register(meters).increment();
    }

    /** What a job that ended cost (catalogue price x seconds), under the provider and model that made it. */
    public void paid(String provider, String model, BigDecimal usd) {
        if (usd == null || usd.signum() <= 0) {
            return;
        }
        Counter.builder("pipeline.cost.usd")
                .description("USD paid for jobs that ended (catalogue prices), incl. videos discarded on the way")
                .tags("provider", provider, "model", model)
                .register(meters).increment(usd.doubleValue());
    }

    /**
     * One delivery attempt to a target.
     *
     * @param target  outbox, s3 or email
     * @param item    job (a video and its sidecar) or batch (manifest and reports; a digest)
     * @param outcome delivered, retry (failed, tried again later) or failed (given up)
     */
    public void delivery(String target, String item, String outcome) {
        Counter.builder("pipeline.deliveries")
                .description("delivery attempts by target, item (job or batch) and outcome (delivered, retry, failed)")
                .tags("target", target, "item", item, "outcome", outcome)
                .register(meters).increment();
    }

    private static String tag(String value) {
        return value == null ? "unknown" : value.toLowerCase(Locale.ROOT);
    }
}
