package com.videopipeline.provider;

/** Guards shared by the clients, so a caller bug reads as a clear non-retryable failure rather than a provider 404. */
final class ProviderPhases {

    private ProviderPhases() {
    }

    static void requireSucceeded(String provider, ProviderStatus status) {
        if (status == null || status.phase() != ProviderPhase.SUCCEEDED) {
            String phase = status == null ? "unknown" : status.phase().name();
            throw new ProviderException(provider, FailureKind.BAD_REQUEST, 0, null,
                    provider + ": nothing to download from a job in phase " + phase, null, true, null);
        }
    }
}
