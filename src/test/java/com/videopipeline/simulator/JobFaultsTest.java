package com.videopipeline.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.videopipeline.media.InvalidVideoException;
import com.videopipeline.media.Mp4Inspector;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Job and output faults, each at probability 1: failed jobs, jobs that never finish, broken and expiring outputs. */
class JobFaultsTest {

    @AutoClose
    private final SimulatorHarness sim = SimulatorHarness.started();

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"SAFETY.INPUT.TEXT", "SAFETY.OUTPUT.VIDEO", "INTERNAL.BAD_OUTPUT.CODE01", "ASSET.INVALID",
            "INTERNAL"})
    void shouldFailRunwayTaskWithInjectedFailureCode(String code) {
        sim.putFaults("{\"runway\":{\"jobs\":{\"failed\":{\"" + code + "\":1}}}}");
        String id = sim.createRunwayTask("text_to_video", SimulatorHarness.RUNWAY_TASK);
        sim.finishJobs();

        JsonNode task = runwayTask(id);

        assertThat(task.get("status").asText()).isEqualTo("FAILED");
        assertThat(task.get("failureCode").asText()).isEqualTo(code);
        assertThat(task.get("failure").asText()).contains(code);
        assertThat(task.has("output")).isFalse();
        assertThat(sim.simulator.stats().runway().injected("failed-job")).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"moderation_blocked", "internal_error"})
    void shouldFailOpenAiVideoWithInjectedErrorCode(String code) {
        sim.putFaults("{\"openai\":{\"jobs\":{\"failed\":{\"" + code + "\":1}}}}");
        String id = sim.createOpenAiVideo("{\"prompt\":\"p\"}");
        sim.finishJobs();

        JsonNode video = openAiVideo(id);

        assertThat(video.get("status").asText()).isEqualTo("failed");
        assertThat(video.at("/error/code").asText()).isEqualTo(code);
        assertThat(video.at("/error/message").asText()).isNotBlank();
        assertThat(video.get("expires_at").isNull()).isTrue();
        assertThat(sim.send(sim.openAi("/videos/" + id + "/content").GET().build()).statusCode()).isEqualTo(404);
    }

    @Test
    void shouldLetThePromptHookWinOverAnInjectedFailure() {
        sim.putFaults("{\"openai\":{\"jobs\":{\"failed\":{\"internal_error\":1}}}}");
        String id = sim.createOpenAiVideo("{\"prompt\":\"p [sim:fail=moderation_blocked]\"}");
        sim.finishJobs();

        assertThat(openAiVideo(id).at("/error/code").asText()).isEqualTo("moderation_blocked");
    }

    @Test
    void shouldKeepJobsInProgressForEverWhenNeverFinishStrikes() {
        sim.putFaults("{\"openai\":{\"jobs\":{\"never-finish\":1}},\"runway\":{\"jobs\":{\"never-finish\":1}}}");
        String video = sim.createOpenAiVideo("{\"prompt\":\"p\"}");
        String task = sim.createRunwayTask("text_to_video", SimulatorHarness.RUNWAY_TASK);

        sim.clock.advance(Duration.ofDays(2));

        assertThat(openAiVideo(video).get("status").asText()).isEqualTo("in_progress");
        assertThat(openAiVideo(video).get("progress").asInt()).isEqualTo(99);
        assertThat(runwayTask(task).get("status").asText()).isEqualTo("RUNNING");
        assertThat(runwayTask(task).get("progress").asDouble()).isEqualTo(0.99);
    }

    @Test
    void shouldServeFullLengthNonMp4WhenCorruptDownloadStrikes() throws Exception {
        sim.putFaults("{\"openai\":{\"jobs\":{\"corrupt-download\":1}}}");
        String id = sim.createOpenAiVideo("{\"prompt\":\"p\"}");
        sim.finishJobs();
        Path file = tmp.resolve("corrupt.mp4");

        HttpResponse<Path> response = sim.download(sim.openAi("/videos/" + id + "/content").GET().build(), file);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValueAsLong("Content-Length")).hasValue(Files.size(file));
        assertThatThrownBy(() -> new Mp4Inspector().inspect(file)).isInstanceOf(InvalidVideoException.class);
    }

    @Test
    void shouldBreakOffThisDownloadHalfwayButNotTheNextWhenTruncatedDownloadStrikes() throws Exception {
        String id = sim.createRunwayTask("text_to_video", SimulatorHarness.RUNWAY_TASK);
        sim.finishJobs();
        URI url = URI.create(runwayTask(id).at("/output/0").asText());
        sim.putFaults("{\"runway\":{\"jobs\":{\"truncated-download\":1}}}");

        RawHttp.Received cut = RawHttp.get(url, Map.of());
        sim.putFaults("{\"runway\":{}}");
        RawHttp.Received whole = RawHttp.get(url, Map.of());

        assertThat(cut.status()).isEqualTo(200);
        assertThat(cut.brokenOff()).isTrue();
        assertThat(cut.bodyBytes()).isEqualTo(cut.contentLength() / 2);
        assertThat(whole.brokenOff()).isFalse();
        assertThat(whole.bodyBytes()).isEqualTo(cut.contentLength());
        assertThat(sim.simulator.stats().runway().injected("truncated-download")).isEqualTo(1);
    }

    @Test
    void shouldExpireOpenAiAssetsEarlyWhenEarlyExpiryStrikes() {
        sim.putFaults("{\"openai\":{\"jobs\":{\"early-expiry\":1,\"early-expiry-ttl\":\"2s\"}}}");
        String id = sim.createOpenAiVideo("{\"prompt\":\"p\"}");
        sim.finishJobs();
        JsonNode video = openAiVideo(id);
        HttpRequest content = sim.openAi("/videos/" + id + "/content").GET().build();

        int before = sim.send(content).statusCode();
        sim.clock.advance(Duration.ofSeconds(3));
        HttpResponse<String> after = sim.send(content);

        assertThat(video.get("expires_at").asLong()).isEqualTo(video.get("completed_at").asLong() + 2);
        assertThat(before).isEqualTo(200);
        assertThat(after.statusCode()).isEqualTo(404);
        assertThat(sim.parse(after).at("/error/message").asText()).contains("expired");
    }

    @Test
    void shouldHandOutRunwayLinksThatExpireEarlyWhenEarlyExpiryStrikes() {
        sim.putFaults("{\"runway\":{\"jobs\":{\"early-expiry\":1,\"early-expiry-ttl\":\"2s\"}}}");
        String id = sim.createRunwayTask("text_to_video", SimulatorHarness.RUNWAY_TASK);
        sim.finishJobs();
        long before = sim.clock.instant().getEpochSecond();
        URI url = URI.create(runwayTask(id).at("/output/0").asText());
        long after = sim.clock.instant().getEpochSecond();

        sim.clock.advance(Duration.ofSeconds(3));
        HttpResponse<String> expired = sim.send(HttpRequest.newBuilder(url).GET().build());

        long expires = Long.parseLong(url.getQuery().replaceFirst(".*exp=(\\d+).*", "$1"));
        assertThat(expires).isBetween(before + 2, after + 2);
        assertThat(expired.statusCode()).isEqualTo(403);
        assertThat(sim.parse(expired).get("error").asText()).contains("expired");
        assertThat(runwayTask(id).at("/output/0").asText()).as("a fresh poll gives a fresh link").isNotEqualTo(
                url.toString());
    }

    private JsonNode runwayTask(String id) {
        return sim.parse(sim.send(sim.runway("/v1/tasks/" + id).GET().build()));
    }

    private JsonNode openAiVideo(String id) {
        return sim.parse(sim.send(sim.openAi("/videos/" + id).GET().build()));
    }
}
