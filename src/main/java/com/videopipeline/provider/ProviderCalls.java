package com.videopipeline.provider;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every provider client needs to talk to its API: its name, the HTTP exchange with error classification, the
 * guarded downloader and its key. One place, so the clients hold only what makes each API different.
 */
record ProviderCalls(String name, ProviderHttp http, HttpDownloader downloader, ProviderCredentials credentials) {

    private static final Logger LOG = LoggerFactory.getLogger(ProviderCalls.class);

    /** The key, read when needed so a rotated environment value is used without a restart of the client. */
    ApiKey key() {
        return credentials.require(name);
    }

    ProviderHttp.JsonResponse send(HttpRequest request) {
        return http.send(request, false);
    }

    /** Sends a call that answers without a body (a 204), such as a cancel. */
    void command(HttpRequest request) {
        http.sendExpectingNoBody(request);
    }

    /** Sends a create call and returns the provider's id from {@code idOf}, logging what was submitted. */
    String submit(ProviderRequest request, HttpRequest call, Function<JsonNode, String> idOf) {
        String id = idOf.apply(http.send(call, true).body());
        LOG.info("{}: job {} submitted as {} ({}, {} s)", name, request.jobId(), id, request.model(),
                request.request().seconds());
        return id;
    }

    Download download(HttpRequest request, Path target) {
        return downloader.download(request, target);
    }
}
