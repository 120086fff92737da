package com.videopipeline.provider;

import java.nio.file.Path;
import java.util.Optional;

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
}
