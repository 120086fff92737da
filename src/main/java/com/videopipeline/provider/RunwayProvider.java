package com.videopipeline.provider;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The Runway API: a create endpoint per input kind, task polling, and output download from signed URLs. It keeps
 * the default {@link #lookupSubmitted}: Runway has no endpoint that lists tasks, so a lost submit is always UNKNOWN.
 */
final class RunwayProvider implements VideoProvider {

    private final RunwayRequests requests;
    private final RunwayResponses responses;
    private final ProviderCalls calls;

    RunwayProvider(RunwayRequests requests, RunwayResponses responses, ProviderCalls calls) {
        this.requests = requests;
        this.responses = responses;
        this.calls = calls;
    }

    @Override
    public String name() {
        return calls.name();
    }

    @Override
    public String submit(ProviderRequest request) {
        return calls.submit(request, requests.submit(request, calls.key()), responses::jobId);
    }

    @Override
    public ProviderStatus status(String providerJobId) {
        return responses.status(calls.send(requests.status(providerJobId, calls.key())).body());
    }

    /** {@code DELETE /v1/tasks/{id}} cancels a pending, throttled or running task (and deletes a finished one). */
    @Override
    public boolean cancel(String providerJobId) {
        calls.command(requests.cancel(providerJobId, calls.key()));
        return true;
    }

    /** Runway has no thumbnail; the video comes from the first signed output URL, fetched without our key. */
    @Override
    public Optional<Download> download(ProviderStatus status, Asset asset, Path target) {
        ProviderPhases.requireSucceeded(calls.name(), status);
        if (asset == Asset.THUMBNAIL) {
            return Optional.empty();
        }
        if (status.outputs().isEmpty()) {
            throw new ProviderException(calls.name(), FailureKind.MALFORMED_RESPONSE, 0, null,
                    calls.name() + ": task " + status.providerJobId() + " has no output URL", null, true, null);
        }
        URI output = status.outputs().get(0);
        return Optional.of(calls.download(requests.output(output), target));
    }
}
