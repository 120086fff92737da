package com.videopipeline.provider;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The OpenAI Videos API (Sora, or an OpenAI-compatible gateway): create, retrieve, download content by id, and
 * find a job whose create answer was lost by listing recent videos.
 */
final class SoraProvider implements VideoProvider {

    private static final Logger log = LoggerFactory.getLogger(SoraProvider.class);

    /** The API's maximum page size, so a lookup costs as few calls as possible. */
    static final int LIST_PAGE_SIZE = 100;
    /** A lost submit is minutes old; a list this deep without reaching it means something else is wrong. */
    static final int MAX_LIST_PAGES = 5;

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

    /**
     * Lists newest first until past {@code since}. Hitting the page cap first gives UNKNOWN, not NOT_FOUND, unless a
     * match was already seen.
     */
    @Override
    public SubmitLookup lookupSubmitted(ProviderRequest request, Instant since, Set<String> knownIds) {
        SoraSubmitSearch search = new SoraSubmitSearch(request, since, knownIds);
        String after = null;
        for (int page = 0; page < MAX_LIST_PAGES; page++) {
            ProviderHttp.JsonResponse response = http.send(
                    requests.list(after, LIST_PAGE_SIZE, credentials.require(name)), false);
            SoraVideoPage listed = responses.page(response.body());
            if (!search.scan(listed)) {
                break;
            }
            after = listed.lastId();
        }
        SubmitLookup result = search.result();
        log.info("{}: lost submit of job {} since {}: {}{}", name, request.jobId(), since, result.outcome(),
                result.providerJobId() == null ? "" : " " + result.providerJobId());
        return result;
    }
}
