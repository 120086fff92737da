package com.videopipeline.provider;

import com.fasterxml.jackson.databind.JsonNode;
import com.videopipeline.metrics.PipelineMetrics;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every provider client needs to talk to its API: its name, the HTTP exchange with error classification, the
 * guarded downloader and its key. One place, so the clients hold only what makes each API different; and the one
 * place every call is timed and counted by kind and outcome (pipeline_provider_request_seconds, 429s).
 */
record ProviderCalls(String name, ProviderHttp http, HttpDownloader downloader, ProviderCredentials credentials,
                     PipelineMetrics metrics) {

    private static final Logger LOG = LoggerFactory.getLogger(ProviderCalls.class);

    /** The key, read when needed so a rotated environment value is used without a restart of the client. */
    ApiKey key() {
        return credentials.require(name);
    }

    /** Reads a job's status. */
    ProviderHttp.JsonResponse send(HttpRequest request) {
        return timed("status", () -> http.send(request, false));
    }

    /** Reads a page of the provider's jobs (looking for a lost submit). */
    ProviderHttp.JsonResponse list(HttpRequest request) {
        return timed("list", () -> http.send(request, false));
    }

    /** Sends a call that answers without a body (a 204), such as a cancel. */
    void command(HttpRequest request) {
        timed("cancel", () -> {
            http.sendExpectingNoBody(request);
            return null;
        });
    }

    /** Sends a create call and returns the provider's id from {@code idOf}, logging what was submitted. */
    String submit(ProviderRequest request, HttpRequest call, Function<JsonNode, String> idOf) {
        String id = idOf.apply(timed("create", () -> http.send(call, true)).body());
        LOG.info("{}: job {} submitted as {} ({}, {} s)", name, request.jobId(), id, request.model(),
                request.request().seconds());
        return id;
    }

    Download download(HttpRequest request, Path target) {
        return timed("download", () -> downloader.download(request, target));
    }

    private <T> T timed(String call, Supplier<T> exchange) {
        long started = System.nanoTime();
        String outcome = "error";
        try {
            T result = exchange.get();
            outcome = "ok";
            return result;
        } catch (ProviderException e) {
            outcome = e.kind().name();
            if (e.httpStatus() == 429) {
                metrics.http429(name, e.kind() == FailureKind.QUOTA_EXHAUSTED);
            }
            throw e;
        } finally {
            metrics.providerCall(name, call, outcome, System.nanoTime() - started);
        }
    }
}
