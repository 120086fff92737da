package com.videopipeline.simulator;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * OpenAI's fault answers (providers.md §1.6, §1.7): rate 429s have type {@code requests} and code
 * {@code rate_limit_exceeded} with {@code retry-after} and {@code retry-after-ms}; the quota 429 has type and code
 * {@code insufficient_quota} and no retry header, since waiting does not help.
 */
final class OpenAiFaultAnswers implements FaultAnswers {

    private static final String ORG = "org-simulator";
    private static final String RATE_LIMITS_LINK =
            " Visit https://platform.openai.com/account/rate-limits to learn more.";
    private static final String QUOTA_MESSAGE = "You exceeded your current quota, please check your plan and billing"
            + " details. For more information on this error, read the docs:"
            + " https://platform.openai.com/docs/guides/error-codes/api-errors.";

    @Override
    public ApiException rateLimited(Map<String, String> headers) {
        return rate("Rate limit reached for requests in organization " + ORG + ". Please try again later."
                + RATE_LIMITS_LINK).injected(headers);
    }

    @Override
    public ApiException requestsPerMinute(int limit, Duration wait) {
        long seconds = FaultAnswers.retryAfterSeconds(wait);
        Map<String, String> headers = new LinkedHashMap<>(retryHeaders(wait));
        headers.put("x-ratelimit-limit-requests", String.valueOf(limit));
        headers.put("x-ratelimit-remaining-requests", "0");
        headers.put("x-ratelimit-reset-requests", seconds + "s");
        return rate("Rate limit reached for videos in organization " + ORG + " on requests per min (RPM): Limit "
                + limit + ", Used " + limit + ", Requested 1. Please try again in " + seconds + "s."
                + RATE_LIMITS_LINK).injected(headers);
    }

    @Override
    public ApiException serverError(int status) {
        ApiException answer = switch (status) {
            case 502 -> ApiException.of(502, "Bad gateway.", Map.of("error", gatewayError()));
            case 503 -> ApiException.openAi(503, "server_error", null, null,
                    "The server is overloaded or not ready yet.");
            default -> ApiException.openAi(status, "server_error", null, null,
                    "The server had an error while processing your request. Sorry about that!");
        };
        return answer.injected(Map.of());
    }

    @Override
    public ApiException quotaExhausted(String model, int quota) {
        return ApiException.openAi(429, "insufficient_quota", null, "insufficient_quota", QUOTA_MESSAGE)
                .injected(Map.of());
    }

    @Override
    public Optional<ApiException> overConcurrency(String model, int limit, Duration retryAfter) {
        return Optional.of(rate("Rate limit reached for " + model + " in organization " + ORG
                + " on concurrent video generations: Limit " + limit + ", Used " + limit
                + ", Requested 1. Please try again once a video in progress has finished." + RATE_LIMITS_LINK)
                .injected(retryHeaders(retryAfter)));
    }

    @Override
    public Map<String, String> retryHeaders(Duration retryAfter) {
        return Map.of("retry-after", String.valueOf(FaultAnswers.retryAfterSeconds(retryAfter)),
                "retry-after-ms", String.valueOf(Math.max(1, retryAfter.toMillis())));
    }

    @Override
    public boolean quotaPerModel() {
        return false;
    }

    private static ApiException rate(String message) {
        return ApiException.openAi(429, "requests", null, "rate_limit_exceeded", message);
    }

    /** Cloudflare's 502 in front of the API: the code is a number and the type {@code cf_bad_gateway}. */
    private static Map<String, Object> gatewayError() {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", 502);
        error.put("message", "Bad gateway.");
        error.put("param", null);
        error.put("type", "cf_bad_gateway");
        return error;
    }
}
