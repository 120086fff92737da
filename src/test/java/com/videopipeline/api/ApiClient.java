package com.videopipeline.api;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Predicate;

/** Calls the REST API of a test's application over loopback HTTP, with or without a key. */
final class ApiClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;
    private final String key;

    ApiClient(int port, String key) {
        this.port = port;
        this.key = key;
    }

    /** The same server, presenting {@code otherKey} instead (null: no key header at all). */
    ApiClient withKey(String otherKey) {
        return new ApiClient(port, otherKey);
    }

    Answer get(String path) {
        return send(request(path).GET());
    }

    Answer post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Answer post(String path, String json, String idempotencyKey) {
        return send(request(path).header("Content-Type", "application/json").header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Answer put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Polls {@code GET path} until it answers 200 with JSON that passes {@code until}, and returns that JSON. */
    JsonNode awaitJson(String path, Duration atMost, Predicate<JsonNode> until) {
        JsonNode[] last = new JsonNode[1];
        await().atMost(atMost).pollInterval(Duration.ofMillis(100)).until(() -> {
            Answer answer = get(path);
            last[0] = answer.status() == 200 ? answer.json() : null;
            return last[0] != null && until.test(last[0]);
        });
        return last[0];
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        return key == null ? builder : builder.header("X-API-Key", key);
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** One HTTP answer; {@link #json()} parses its body. */
    record Answer(int status, HttpHeaders headers, String body) {

        String location() {
            return headers.firstValue("Location").orElse(null);
        }

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON (" + status + "): " + body, e);
            }
        }
    }
}
