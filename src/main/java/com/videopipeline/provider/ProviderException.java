package com.videopipeline.provider;

import java.time.Duration;

/**
 * A classified provider failure. The message is meant for reports and logs and never contains a secret.
 *
 * @see FailureKind
 */
public class ProviderException extends RuntimeException {

    private final String provider;
    private final FailureKind kind;
    private final int httpStatus;
    private final String providerCode;
    private final Duration retryAfter;
    private final boolean notAccepted;

    public ProviderException(String provider, FailureKind kind, int httpStatus, String providerCode,
                             String message, Duration retryAfter, boolean notAccepted, Throwable cause) {
        super(message, cause);
        this.provider = provider;
        this.kind = kind;
        this.httpStatus = httpStatus;
        this.providerCode = providerCode;
        this.retryAfter = retryAfter;
        this.notAccepted = notAccepted;
    }

    public ProviderException(String provider, FailureKind kind, String message) {
        this(provider, kind, 0, null, message, null, false, null);
    }

    public String provider() {
        return provider;
    }

    public FailureKind kind() {
        return kind;
    }

    /** HTTP status of the failing response, 0 when there was none. */
    public int httpStatus() {
        return httpStatus;
    }

    /** The provider's own error code (OpenAI error.code, Runway failureCode), or null. */
    public String providerCode() {
        return providerCode;
    }

    /** The provider's Retry-After hint, or null. */
    public Duration retryAfter() {
        return retryAfter;
    }

    /** True only when the provider certainly did not create a job (connection refused, 4xx, 429, 5xx answer). */
    public boolean notAccepted() {
        return notAccepted;
    }
}
