package com.videopipeline.provider;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Runway API: a create endpoint per input kind, task polling, and output download from signed URLs. It keeps
 * the default {@link #lookupSubmitted}: Runway has no endpoint that lists tasks, so a lost submit is always UNKNOWN.
 */
final class RunwayProvider implements VideoProvider {

    private static final Logger log = LoggerFactory.getLogger(RunwayProvider.class);

    private final String name;
    private final RunwayRequests requests;
    private final RunwayResponses responses;
    private final ProviderHttp http;
    private final HttpDownloader downloader;
    private final ProviderCredentials credentials;

    RunwayProvider(String name, RunwayRequests requests, RunwayResponses responses, ProviderHttp http,
                   HttpDownloader downloader, ProviderCredentials credentials) {
        this.name = name;
        this.requests = requests;
        this.responses = responses;
        this.http = http;
        this.downloader = downloader;
        this.credentials = credentials;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String submit(ProviderRequest request) {
        ProviderHttp.JsonResponse response = http.send(requests.submit(request, credentials.require(name)), true);
        String id = responses.jobId(response.body());
        log.info("{}: job {} submitted as task {} ({}, {} s)", name, request.jobId(), id, request.model(),
                request.request().seconds());
        return id;
    }

    @Override
    public ProviderStatus status(String providerJobId) {
        return responses.status(http.send(requests.status(providerJobId, credentials.require(name)), false).body());
    }

    /** Runway has no thumbnail; the video comes from the first signed output URL, fetched without our key. */
    @Override
    public Optional<Download> download(ProviderStatus status, Asset asset, Path target) {
        ProviderPhases.requireSucceeded(name, status);
        if (asset == Asset.THUMBNAIL) {
            return Optional.empty();
        }
        if (status.outputs().isEmpty()) {
            throw new ProviderException(name, FailureKind.MALFORMED_RESPONSE, 0, null,
                    name + ": task " + status.providerJobId() + " has no output URL", null, true, null);
        }
        URI output = status.outputs().get(0);
        return Optional.of(downloader.download(requests.output(output), target));
    }
}
