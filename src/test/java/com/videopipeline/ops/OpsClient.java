package com.videopipeline.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * A test's operator over loopback HTTP: the API, the actuator, the Prometheus scrape. How it proves who it is lives
 * in {@link #authenticated} alone, so a change of the actuator's credential (the API key today) is one line here.
 */
final class OpsClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;
    private final String key;

    OpsClient(int port, String key) {
        this.port = port;
        this.key = key;
    }

    /** What Prometheus would read at /actuator/prometheus. */
    PrometheusText scrape() {
        Answer answer = get("/actuator/prometheus");
        if (answer.status() != 200) {
            throw new IllegalStateException("scrape answered " + answer.status() + ": " + answer.body());
        }
        return new PrometheusText(answer.body());
    }

    Answer get(String path) {
        return send(authenticated(request(path)).GET());
    }

    /** Without any credential: what a load balancer or a stranger sees. */
    Answer getAnonymously(String path) {
        return send(request(path).GET());
    }

    Answer post(String path, String json) {
        return send(authenticated(request(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpRequest.Builder authenticated(HttpRequest.Builder request) {
        return request.header("X-API-Key", key);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** One HTTP answer; {@link #json()} parses its body. */
    record Answer(int status, String body) {

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON (" + status + "): " + body, e);
            }
        }
    }
}
