package com.videopipeline.provider;

/**
 * The one classification of everything that can go wrong with a provider call or job.
 * {@link #retryable} says whether trying again can help; it never says whether trying again is <em>safe</em>
 * (a submit is only safe to repeat when the provider certainly did not accept it, see {@link ProviderException#notAccepted()}).
 */
public enum FailureKind {
    RATE_LIMITED(true),
    QUOTA_EXHAUSTED(false),
    AUTHENTICATION(false),
    PERMISSION_DENIED(false),
    BAD_REQUEST(false),
    NOT_FOUND(false),
    SERVER_ERROR(true),
    TIMEOUT(true),
    CONNECTION(true),
    MALFORMED_RESPONSE(true),
    SAFETY_INPUT(false),
    SAFETY_OUTPUT(true),
    BAD_OUTPUT(true),
    ASSET_INVALID(false),
    PROVIDER_INTERNAL(true),
    CANCELLED(false),
    DOWNLOAD_FAILED(true),
    VERIFICATION_FAILED(false),
    /** A submit that may or may not have created a job, which the provider cannot tell us about. */
    SUBMIT_UNCERTAIN(false),
    /** Refused by our own content policy or the moderation API before anything was paid. */
    MODERATION(false),
    /** Not submitted: its batch's budget could not pay for it (the job is HELD). */
    BUDGET(false),
    UNKNOWN(false);

    private final boolean retryable;

    FailureKind(boolean retryable) {
        this.retryable = retryable;
    }

    public boolean retryable() {
        return retryable;
    }
}
