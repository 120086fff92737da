package com.videopipeline.provider;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One status read of a provider job.
 *
 * @param progress   0..100, or null when the provider did not say
 * @param outputs    download locations (Runway's signed URLs); empty for OpenAI, whose content is fetched by id
 * @param failureCode provider's machine-readable failure code (Runway failureCode, OpenAI error.code)
 * @param pollAfter  the provider's hint for the next poll ({@code openai-poll-after-ms}), or null
 * @param expiresAt  when outputs stop being downloadable, or null when unknown
 */
public record ProviderStatus(
        String providerJobId,
        ProviderPhase phase,
        Double progress,
        List<URI> outputs,
        String failureCode,
        String failureMessage,
        Duration pollAfter,
        Instant expiresAt) {

    public ProviderStatus {
        outputs = outputs == null ? List.of() : List.copyOf(outputs);
    }
}
