package com.videopipeline.provider;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * One AI video provider spoken to over its real HTTP API. Implementations throw {@link ProviderException}
 * (already classified) for every failure, never a raw I/O or HTTP exception.
 */
public interface VideoProvider {

    /** The name used in config, requests and the ledger, e.g. {@code sora}. */
    String name();

    /** Creates a provider job and returns its provider-side id. */
    String submit(ProviderRequest request);

    /** Reads the job's current status. */
    ProviderStatus status(String providerJobId);

    /**
     * Streams an asset of a succeeded job to {@code target}. Empty when this provider has no such asset
     * (Runway has no thumbnail variant).
     */
    Optional<Download> download(ProviderStatus status, Asset asset, Path target);

    /**
     * Finds the provider job a lost submit of {@code request} created at or after {@code since}, ignoring ids in
     * {@code knownIds} (provider ids the ledger already assigned to other jobs, e.g. an identical prompt in the same
     * batch). FOUND carries the id to resume polling; NOT_FOUND means the provider certainly holds no such job, so a
     * new submit cannot pay twice; UNKNOWN (the default, for providers that cannot list their jobs) means hold the job
     * for an operator. Throws a classified {@link ProviderException} when the provider cannot be asked right now.
     */
    default SubmitLookup lookupSubmitted(ProviderRequest request, Instant since, Set<String> knownIds) {
        return SubmitLookup.unknown();
    }

    /**
     * Stops the provider job, so it is not made (nor billed, as far as the provider says). True when the provider
     * took the cancel; false (the default) when this provider has no way to stop a generation. Throws a classified
     * {@link ProviderException} when the call fails (NOT_FOUND: the provider no longer knows the job).
     */
    default boolean cancel(String providerJobId) {
        return false;
    }
}
