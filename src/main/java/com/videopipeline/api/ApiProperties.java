package com.videopipeline.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The REST API's settings. The key comes from the environment ({@code PIPELINE_API_KEY}) and is never shown:
 * {@link #toString()} only says whether one is set.
 *
 * @param key          the key every API request must present; blank: none, and the API answers loopback callers only
 * @param keyHeader    the request header carrying it
 * @param defaultLimit jobs listed when a list request names no limit
 * @param maxLimit     the most jobs one list request may ask for
 */
@Validated
@ConfigurationProperties("pipeline.api")
record ApiProperties(
        String key,
        @DefaultValue("X-API-Key") @NotBlank String keyHeader,
        @DefaultValue("100") @Min(1) int defaultLimit,
        @DefaultValue("1000") @Min(1) @Max(100_000) int maxLimit) {

    /** Long enough that guessing is hopeless; a short key is a mistake to refuse, not to run with. */
    static final int MIN_KEY_LENGTH = 16;

    ApiProperties {
        key = key == null || key.isBlank() ? null : key.strip();
        if (key != null && key.length() < MIN_KEY_LENGTH) {
            throw new IllegalArgumentException("pipeline.api.key (PIPELINE_API_KEY) must be at least "
                    + MIN_KEY_LENGTH + " characters long");
        }
        if (defaultLimit > maxLimit) {
            throw new IllegalArgumentException("pipeline.api.default-limit must not exceed pipeline.api.max-limit");
        }
    }

    boolean hasKey() {
        return key != null;
    }

    @Override
    public String toString() {
        return "ApiProperties[key=" + (hasKey() ? "(set)" : "(none)") + ", keyHeader=" + keyHeader
                + ", defaultLimit=" + defaultLimit + ", maxLimit=" + maxLimit + "]";
    }
}
