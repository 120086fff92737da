package com.videopipeline.simulator;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Runway's fault answers (providers.md §2.6, §2.7): every error body is {@code {"error":"<message>"}}, so a quota 429
 * is told from a rate 429 by its message only. Over the concurrency limit Runway answers 200 and keeps the task
 * THROTTLED. The Retry-After header and the message wording are not documented by Runway.
 */
final class RunwayFaultAnswers implements FaultAnswers {

    @Override
    public ApiException rateLimited(Map<String, String> headers) {
        return ApiException.runway(429, "Too many requests. Please slow down and try again later.").injected(headers);
    }

    @Override
    public ApiException requestsPerMinute(int limit, Duration wait) {
        long seconds = FaultAnswers.retryAfterSeconds(wait);
        return ApiException.runway(429, "Too many requests: the limit is " + limit
                + " requests per minute. Try again in " + seconds + " seconds.").injected(retryHeaders(wait));
    }

    @Override
    public ApiException serverError(int status) {
        String message = switch (status) {
            case 502 -> "Bad gateway";
            case 503 -> "Service unavailable";
            default -> "Internal server error";
        };
        return ApiException.runway(status, message).injected(Map.of());
    }

    @Override
    public ApiException quotaExhausted(String model, int quota) {
        return ApiException.runway(429, "You have reached the daily generation limit for " + model + " ("
                + quota + " per rolling 24 hours). Try again later or move to a higher usage tier.")
                .injected(Map.of());
    }

    @Override
    public Optional<ApiException> overConcurrency(String model, int limit, Duration retryAfter) {
        return Optional.empty();
    }

    @Override
    public Map<String, String> retryHeaders(Duration retryAfter) {
        return Map.of("Retry-After", String.valueOf(FaultAnswers.retryAfterSeconds(retryAfter)));
    }

    @Override
    public boolean quotaPerModel() {
        return true;
    }
}
