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

    private final SoraRequests requests;
    private final SoraResponses responses;
    private final ProviderCalls calls;

    SoraProvider(SoraRequests requests, SoraResponses responses, ProviderCalls calls) {
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
        ProviderHttp.JsonResponse response = calls.send(requests.status(providerJobId, calls.key()));
        return responses.status(response.body(), response.headers());
    }

    @Override
    public Optional<Download> download(ProviderStatus status, Asset asset, Path target) {
        ProviderPhases.requireSucceeded(calls.name(), status);
        return Optional.of(calls.download(
                requests.content(status.providerJobId(), asset, calls.key()), target));
    }

    /**
     * OpenAI offers no cancellation: {@code DELETE /videos/{id}} only deletes a completed or failed video and its
     * assets, so an unfinished generation runs on. Nothing is sent; the caller stops following the job.
     */
    @Override
    public boolean cancel(String providerJobId) {
        return false;
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
            ProviderHttp.JsonResponse response = calls.list(
                    requests.list(after, LIST_PAGE_SIZE, calls.key()));
            SoraVideoPage listed = responses.page(response.body());
            if (!search.scan(listed)) {
                break;
            }
            after = listed.lastId();
        }
        SubmitLookup result = search.result();
        log.info("{}: lost submit of job {} since {}: {}{}", calls.name(), request.jobId(), since, result.outcome(),
                result.providerJobId() == null ? "" : " " + result.providerJobId());
        return result;
    }
}
