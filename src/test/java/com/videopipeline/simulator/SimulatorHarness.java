package com.videopipeline.simulator;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/** A simulator on a random port with a fast generation time, plus HTTP helpers that speak to it as clients would. */
final class SimulatorHarness implements AutoCloseable {

    static final Duration GENERATION_TIME = Duration.ofMillis(300);
    static final String OPENAI_KEY = "sk-test-key";
    static final String RUNWAY_KEY = "key_test";

    final OffsetClock clock = new OffsetClock();
    final ProviderSimulator simulator;
    final Duration generationTime;
    final HttpClient http = HttpClient.newHttpClient();
    final ObjectMapper json = new ObjectMapper();

    /** A minimal valid Runway text-to-video body. */
    static final String RUNWAY_TASK = "{\"model\":\"gen4.5\",\"promptText\":\"p\",\"ratio\":\"1280:720\","
            + "\"duration\":2}";

    SimulatorHarness(SimulatorProperties properties) {
        simulator = new ProviderSimulator(properties, clock);
        generationTime = properties.generationTime();
        simulator.start();
    }

    static SimulatorHarness started() {
        return new SimulatorHarness(SimulatorProperties.defaults().withPort(0).withGenerationTime(GENERATION_TIME));
    }

    HttpRequest.Builder openAi(String path) {
        return HttpRequest.newBuilder(URI.create(simulator.openAiBaseUrl() + path))
                .header("Authorization", "Bearer " + OPENAI_KEY);
    }

    HttpRequest.Builder runway(String path) {
        return HttpRequest.newBuilder(URI.create(simulator.runwayBaseUrl() + path))
                .header("Authorization", "Bearer " + RUNWAY_KEY)
                .header("X-Runway-Version", "2024-11-06");
    }

    /** A simulator whose jobs take {@code generationTime}, for tests that move the clock instead of waiting. */
    static SimulatorHarness started(Duration generationTime) {
        return new SimulatorHarness(SimulatorProperties.defaults().withPort(0).withGenerationTime(generationTime));
    }

    HttpRequest.Builder ops(String path) {
        return HttpRequest.newBuilder(URI.create(simulator.baseUrl() + "/simulator" + path));
    }

    /** {@code PUT /simulator/faults}; fails the test unless accepted. */
    void putFaults(String jsonText) {
        HttpResponse<String> response = send(ops("/faults").PUT(jsonBody(jsonText)).build());
        if (response.statusCode() != 200) {
            throw new AssertionError("fault settings refused: " + response.statusCode() + " " + response.body());
        }
    }

    /** Moves the clock past the generation time, so every job created so far has finished. */
    void finishJobs() {
        clock.advance(generationTime.plusMillis(1));
    }

    HttpResponse<String> postOpenAiVideo(String jsonText) {
        return send(openAi("/videos").header("Content-Type", "application/json").POST(jsonBody(jsonText)).build());
    }

    HttpResponse<String> postRunwayTask(String jsonText) {
        return send(runway("/v1/text_to_video").header("Content-Type", "application/json")
                .POST(jsonBody(jsonText)).build());
    }

    static HttpRequest.BodyPublisher jsonBody(String text) {
        return HttpRequest.BodyPublishers.ofString(text);
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<Path> download(HttpRequest request, Path target) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofFile(target));
    }

    JsonNode parse(HttpResponse<String> response) {
        try {
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Creates an OpenAI video from a JSON body and returns its id. */
    String createOpenAiVideo(String jsonText) {
        HttpResponse<String> response = send(openAi("/videos").header("Content-Type", "application/json")
                .POST(jsonBody(jsonText)).build());
        if (response.statusCode() != 200) {
            throw new AssertionError("create failed: " + response.statusCode() + " " + response.body());
        }
        return parse(response).get("id").asText();
    }

    /** Creates a Runway task and returns its id. */
    String createRunwayTask(String endpoint, String jsonText) {
        HttpResponse<String> response = send(runway("/v1/" + endpoint).header("Content-Type", "application/json")
                .POST(jsonBody(jsonText)).build());
        if (response.statusCode() != 200) {
            throw new AssertionError("create failed: " + response.statusCode() + " " + response.body());
        }
        return parse(response).get("id").asText();
    }

    JsonNode awaitOpenAiStatus(String id, Set<String> statuses) {
        return awaitJson(() -> openAi("/videos/" + id).GET().build(), "status", statuses);
    }

    JsonNode awaitRunwayStatus(String id, Set<String> statuses) {
        return awaitJson(() -> runway("/v1/tasks/" + id).GET().build(), "status", statuses);
    }

    private JsonNode awaitJson(Supplier<HttpRequest> request, String field, Set<String> values) {
        AtomicReference<JsonNode> last = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50)).until(() -> {
            last.set(parse(send(request.get())));
            return values.contains(last.get().path(field).asText());
        });
        return last.get();
    }

    @Override
    public void close() {
        simulator.stop();
    }
}
