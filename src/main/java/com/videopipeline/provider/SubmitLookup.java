package com.videopipeline.provider;

import java.util.Objects;

/**
 * What a provider knows about a submit whose answer was lost: the job it created, certainly none, or cannot tell.
 * Reconciliation needs the three apart because only NOT_FOUND makes a second (paid) submit safe.
 *
 * @param providerJobId the provider's id when {@code outcome} is FOUND, otherwise null
 */
public record SubmitLookup(Outcome outcome, String providerJobId) {

    /** FOUND: resume polling the job; NOT_FOUND: safe to submit again; UNKNOWN: hold for an operator. */
    public enum Outcome { FOUND, NOT_FOUND, UNKNOWN }

    public SubmitLookup {
        Objects.requireNonNull(outcome, "outcome");
        if ((outcome == Outcome.FOUND) != (providerJobId != null)) {
            throw new IllegalArgumentException("a provider job id goes with FOUND and only with FOUND");
        }
    }

    public static SubmitLookup found(String providerJobId) {
        return new SubmitLookup(Outcome.FOUND, Objects.requireNonNull(providerJobId, "providerJobId"));
    }

    public static SubmitLookup notFound() {
        return new SubmitLookup(Outcome.NOT_FOUND, null);
    }

    public static SubmitLookup unknown() {
        return new SubmitLookup(Outcome.UNKNOWN, null);
    }
}
