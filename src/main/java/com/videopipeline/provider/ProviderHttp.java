package com.videopipeline.provider;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Sends one JSON API call; every outcome becomes parsed JSON or an already classified ProviderException. */
final class ProviderHttp {

    private static final Logger log = LoggerFactory.getLogger(ProviderHttp.class);

    private final String provider;
    private final HttpClient client;
    private final ErrorClassifier classifier;

    ProviderHttp(String provider, HttpClient client, ErrorClassifier classifier) {
        this.provider = provider;
        this.client = client;
        this.classifier = classifier;
    }

    /** @param submit true when the call may create a job, which makes transport failures ambiguous */
    JsonResponse send(HttpRequest request, boolean submit) {
        long started = System.nanoTime();
        HttpResponse<String> response = exchange(request, submit);
        log.debug("{}: {} {} -> {} in {} ms", provider, request.method(), Urls.withoutQuery(request.uri()),
                response.statusCode(), (System.nanoTime() - started) / 1_000_000);
        if (response.statusCode() / 100 != 2) {
            throw classifier.fromResponse(provider, response.statusCode(), response.body(), response.headers());
        }
        try {
            return new JsonResponse(Json.parse(response.body()), response.headers());
        } catch (JsonProcessingException e) {
            throw classifier.malformed(provider, "not JSON from " + request.method() + " "
                    + Urls.withoutQuery(request.uri()), e);
        }
    }

    /** A call whose answer carries nothing to read (204): only its failure matters, classified as for any call. */
    void sendExpectingNoBody(HttpRequest request) {
        HttpResponse<String> response = exchange(request, false);
        log.debug("{}: {} {} -> {}", provider, request.method(), Urls.withoutQuery(request.uri()),
                response.statusCode());
        if (response.statusCode() / 100 != 2) {
            throw classifier.fromResponse(provider, response.statusCode(), response.body(), response.headers());
        }
    }

    private HttpResponse<String> exchange(HttpRequest request, boolean submit) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw classifier.fromIoException(provider, e, submit);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw classifier.interrupted(provider, submit);
        }
    }

    /** A successful answer: its JSON and the headers that carry hints such as openai-poll-after-ms. */
    record JsonResponse(JsonNode body, HttpHeaders headers) {
    }
}
