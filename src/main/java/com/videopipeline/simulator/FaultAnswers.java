package com.videopipeline.simulator;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * How one provider answers when a fault or limit strikes, in its own body shapes and headers, so a client sees
 * what the real API would send. Every answer is marked injected.
 */
interface FaultAnswers {

    /** A plain rate-limit 429 with the given retry headers (none for the variant without Retry-After). */
    ApiException rateLimited(Map<String, String> headers);

    /** The 429 for a full request-per-minute window; the next request is admitted after {@code wait}. */
    ApiException requestsPerMinute(int limit, Duration wait);

    /** 500, 502 or 503. */
    ApiException serverError(int status);

    /** The 429 of an exhausted daily quota; its body tells it apart from a rate 429 as the real API's does. */
    ApiException quotaExhausted(String model, int quota);

    /** The answer to a create over the concurrency limit, or empty where the provider queues the job instead. */
    Optional<ApiException> overConcurrency(String model, int limit, Duration retryAfter);

    /** The retry headers this provider sends with a rate-limit 429. */
    Map<String, String> retryHeaders(Duration retryAfter);

    /** True if the daily quota is counted per model rather than across the account. */
    boolean quotaPerModel();

    /** Whole seconds for {@code Retry-After}, rounded up and at least 1 (the spec's integer ≥ 1). */
    static long retryAfterSeconds(Duration wait) {
        long millis = Math.max(1, wait.toMillis());
        return Math.max(1, (millis + 999) / 1000);
    }
}
