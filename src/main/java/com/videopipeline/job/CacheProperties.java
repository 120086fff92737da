package com.videopipeline.job;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The result cache: an identical request delivered within {@code ttl} reuses that video instead of paying again.
 * Requests opt out with {@code cache: false}; sources opt out in their own configuration.
 */
@Validated
@ConfigurationProperties("pipeline.cache")
public record CacheProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("7d") @NotNull Duration ttl) {
}
