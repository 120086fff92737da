package com.videopipeline.job;

import jakarta.validation.constraints.Min;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Request rates per provider, set to the account's tier so a batch runs at the limit without provoking 429s.
 * Concurrency is {@code pipeline.providers.<name>.max-concurrent-jobs}; this adds requests per minute.
 *
 * @param providers provider name to its limits; a provider not listed is not rate-limited
 */
@Validated
@ConfigurationProperties("pipeline.throttle")
public record ThrottleProperties(Map<String, Limit> providers) {

    public ThrottleProperties {
        providers = providers == null ? Map.of() : Map.copyOf(providers);
    }

    /** @param requestsPerMinute every call to the provider counts: submits, status polls, downloads */
    public record Limit(@Min(1) int requestsPerMinute) {
    }
}
