package com.videopipeline.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import com.fasterxml.jackson.databind.JsonNode;
import com.videopipeline.media.Mp4Info;
import com.videopipeline.media.Mp4Inspector;
import com.videopipeline.media.WebpImage;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Runway API as a client sees it: task lifecycle, signed output URLs, cancel and delete. */
class RunwayApiTest {

    private static final Set<String> TERMINAL = Set.of("SUCCEEDED", "FAILED", "CANCELLED");

    @AutoClose
    private final SimulatorHarness sim = SimulatorHarness.started();

    @TempDir
    Path tmp;

    @Test
    void shouldRunTextToVideoTaskToSucceededAndServeSignedOutputWithoutApiKey() throws Exception {
        String id = sim.createRunwayTask("text_to_video",
                "{\"model\":\"gen4.5\",\"promptText\":\"a lighthouse\",\"ratio\":\"720:1280\",\"duration\":5}");
        assertThat(id).matches("[0-9a-f-]{36}");

        JsonNode task = sim.awaitRunwayStatus(id, Set.of("SUCCEEDED", "FAILED"));
        assertThat(task.get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(task.get("createdAt").asText()).endsWith("Z");
        String url = task.get("output").get(0).asText();
        assertThat(url).startsWith(sim.simulator.baseUrl() + "/runway/outputs/" + id + ".mp4?exp=").contains("&sig=");

        Path file = tmp.resolve("runway.mp4");
        HttpResponse<Path> download = sim.download(HttpRequest.newBuilder(URI.create(url)).GET().build(), file);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("video/mp4");
        assertThat(download.headers().firstValueAsLong("Content-Length")).hasValue(Files.size(file));
        Mp4Info info = new Mp4Inspector().inspect(file);
        assertThat(info.durationSeconds()).isCloseTo(5.0, offset(0.05));
        assertThat(info.width()).isEqualTo(720);
        assertThat(info.height()).isEqualTo(1280);
    }

    @Test
    void shouldReportRunningWithFractionalProgressBeforeSucceeding() {
        SimulatorHarness slow = new SimulatorHarness(SimulatorProperties.defaults().withPort(0)
                .withGenerationTime(Duration.ofSeconds(2)));
        try {
            String id = slow.createRunwayTask("text_to_video",
                    "{\"model\":\"veo3\",\"promptText\":\"waves\",\"ratio\":\"1920:1080\",\"duration\":8}");

            JsonNode running = slow.awaitRunwayStatus(id, Set.of("RUNNING"));

            assertThat(running.get("progress").asDouble()).isBetween(0.0, 1.0);
            assertThat(running.has("output")).isFalse();
        } finally {
            slow.close();
        }
    }

    @Test
    void shouldGiveFreshOutputUrlOnEveryPoll() {
        String id = sim.createRunwayTask("text_to_video",
                "{\"model\":\"veo3.1_fast\",\"promptText\":\"rain\",\"ratio\":\"1280:720\",\"duration\":4}");
        String firstUrl = sim.awaitRunwayStatus(id, TERMINAL).at("/output/0").asText();

        sim.clock.advance(Duration.ofSeconds(2));
        String secondUrl = sim.parse(sim.send(sim.runway("/v1/tasks/" + id).GET().build())).at("/output/0").asText();

        assertThat(secondUrl).isNotEqualTo(firstUrl);
    }

    @Test
    void shouldRejectForgedOutputSignatureWith403() {
        String url = succeededOutputUrl();
        String forged = url.substring(0, url.length() - 4) + (url.endsWith("0000") ? "1111" : "0000");

        HttpResponse<String> response = sim.send(HttpRequest.newBuilder(URI.create(forged)).GET().build());

        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void shouldRejectOutputUrlWithTamperedExpiryWith403() {
        String url = succeededOutputUrl();
        String later = url.replaceFirst("exp=(\\d+)", "exp=9999999999");

        assertThat(sim.send(HttpRequest.newBuilder(URI.create(later)).GET().build()).statusCode()).isEqualTo(403);
    }

    @Test
    void shouldRejectExpiredOutputUrlWith403() {
        String url = succeededOutputUrl();

        sim.clock.advance(Duration.ofHours(1).plusSeconds(5));
        HttpResponse<String> response = sim.send(HttpRequest.newBuilder(URI.create(url)).GET().build());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(sim.parse(response).get("error").asText()).contains("expired");
    }

    @Test
    void shouldAcceptImageToVideoWithDataUriAndProduceRequestedRatio() throws Exception {
        String dataUri = "data:image/webp;base64,"
                + Base64.getEncoder().encodeToString(WebpImage.solid(960, 960, 0xFF8800));
        String id = sim.createRunwayTask("image_to_video", "{\"model\":\"gen4_turbo\",\"promptImage\":\"" + dataUri
                + "\",\"ratio\":\"960:960\",\"duration\":3,\"seed\":42}");

        String url = sim.awaitRunwayStatus(id, TERMINAL).at("/output/0").asText();
        Path file = tmp.resolve("i2v.mp4");
        sim.download(HttpRequest.newBuilder(URI.create(url)).GET().build(), file);

        Mp4Info info = new Mp4Inspector().inspect(file);
        assertThat(info.width()).isEqualTo(960);
        assertThat(info.height()).isEqualTo(960);
        assertThat(info.durationSeconds()).isCloseTo(3.0, offset(0.05));
    }

    @Test
    void shouldAcceptVeoFirstAndLastFramesAsPositionedArray() {
        HttpResponse<String> response = post("image_to_video", "{\"model\":\"veo3.1\",\"ratio\":\"1080:1920\","
                + "\"duration\":6,\"promptImage\":[{\"uri\":\"https://img.example.com/a.png\",\"position\":\"first\"},"
                + "{\"uri\":\"https://img.example.com/b.png\",\"position\":\"last\"}],\"negativePrompt\":\"blur\"}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    @Test
    void shouldProduceFiveSecondVideoForVideoToVideo() throws Exception {
        String id = sim.createRunwayTask("video_to_video", "{\"model\":\"aleph2\",\"promptText\":\"make it snow\","
                + "\"videoUri\":\"https://cdn.example.com/in.mp4\",\"ratio\":\"1280:720\"}");

        String url = sim.awaitRunwayStatus(id, TERMINAL).at("/output/0").asText();
        Path file = tmp.resolve("v2v.mp4");
        sim.download(HttpRequest.newBuilder(URI.create(url)).GET().build(), file);

        assertThat(new Mp4Inspector().inspect(file).durationSeconds()).isCloseTo(5.0, offset(0.05));
    }

    @Test
    void shouldCancelRunningTaskWith204AndReportCancelled() {
        SimulatorHarness slow = new SimulatorHarness(SimulatorProperties.defaults().withPort(0)
                .withGenerationTime(Duration.ofMinutes(5)));
        try {
            String id = slow.createRunwayTask("text_to_video",
                    "{\"model\":\"gen4.5\",\"promptText\":\"slow\",\"ratio\":\"1280:720\",\"duration\":2}");

            HttpResponse<String> cancel = slow.send(slow.runway("/v1/tasks/" + id).DELETE().build());

            assertThat(cancel.statusCode()).isEqualTo(204);
            JsonNode task = slow.parse(slow.send(slow.runway("/v1/tasks/" + id).GET().build()));
            assertThat(task.get("status").asText()).isEqualTo("CANCELLED");
        } finally {
            slow.close();
        }
    }

    @Test
    void shouldDeleteFinishedTaskSoItCanNoLongerBeFetched() {
        String id = sim.createRunwayTask("text_to_video",
                "{\"model\":\"gen4.5\",\"promptText\":\"gone\",\"ratio\":\"1280:720\",\"duration\":2}");
        sim.awaitRunwayStatus(id, TERMINAL);

        assertThat(sim.send(sim.runway("/v1/tasks/" + id).DELETE().build()).statusCode()).isEqualTo(204);
        assertThat(sim.send(sim.runway("/v1/tasks/" + id).GET().build()).statusCode()).isEqualTo(404);
    }

    private String succeededOutputUrl() {
        String id = sim.createRunwayTask("text_to_video",
                "{\"model\":\"gen4.5\",\"promptText\":\"signed\",\"ratio\":\"1280:720\",\"duration\":2}");
        return sim.awaitRunwayStatus(id, TERMINAL).at("/output/0").asText();
    }

    private HttpResponse<String> post(String endpoint, String body) {
        return sim.send(sim.runway("/v1/" + endpoint).header("Content-Type", "application/json")
                .POST(SimulatorHarness.jsonBody(body)).build());
    }
}
