package com.videopipeline.provider;

import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The OpenAI Videos API (Sora, or an OpenAI-compatible gateway): create, retrieve, download content by id. */
final class SoraProvider implements VideoProvider {

    private static final Logger log = LoggerFactory.getLogger(SoraProvider.class);

    private final String name;
    private final SoraRequests requests;
    private final SoraResponses responses;
    private final ProviderHttp http;
    private final HttpDownloader downloader;
    private final ProviderCredentials credentials;

    SoraProvider(String name, SoraRequests requests, SoraResponses responses, ProviderHttp http,
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
        log.info("{}: job {} submitted as {} ({}, {} s)", name, request.jobId(), id, request.model(),
                request.request().seconds());
        return id;
    }

    @Override
    public ProviderStatus status(String providerJobId) {
        ProviderHttp.JsonResponse response = http.send(requests.status(providerJobId, credentials.require(name)), false);
        return responses.status(response.body(), response.headers());
    }

    @Override
    public Optional<Download> download(ProviderStatus status, Asset asset, Path target) {
        ProviderPhases.requireSucceeded(name, status);
        return Optional.of(downloader.download(
                requests.content(status.providerJobId(), asset, credentials.require(name)), target));
    }
}
