package com.videopipeline.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import com.fasterxml.jackson.databind.JsonNode;
import com.videopipeline.media.InvalidVideoException;
import com.videopipeline.media.Mp4Inspector;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The prompt hooks that force failures and broken outputs, for testing the pipeline's error handling. */
class SimulatorHooksTest {

    @AutoClose
    private final SimulatorHarness sim = SimulatorHarness.started();

    @TempDir
    Path tmp;

    @Test
    void shouldFailOpenAiJobWithCodeFromPromptHook() {
        String id = sim.createOpenAiVideo("{\"prompt\":\"unsafe [sim:fail=moderation_blocked]\"}");

        JsonNode video = sim.awaitOpenAiStatus(id, Set.of("completed", "failed"));

        assertThat(video.get("status").asText()).isEqualTo("failed");
        assertThat(video.at("/error/code").asText()).isEqualTo("moderation_blocked");
        assertThat(video.at("/error/message").asText()).isNotBlank();
        assertThat(video.get("expires_at").isNull()).isTrue();
        assertThat(sim.send(sim.openAi("/videos/" + id + "/content").GET().build()).statusCode()).isEqualTo(404);
    }

    @Test
    void shouldFailRunwayTaskWithFailureCodeFromPromptHook() {
        String id = sim.createRunwayTask("text_to_video", "{\"model\":\"gen4.5\",\"promptText\":"
                + "\"x [sim:fail=SAFETY.INPUT.TEXT]\",\"ratio\":\"1280:720\",\"duration\":2}");

        JsonNode task = sim.awaitRunwayStatus(id, Set.of("SUCCEEDED", "FAILED"));

        assertThat(task.get("status").asText()).isEqualTo("FAILED");
        assertThat(task.get("failureCode").asText()).isEqualTo("SAFETY.INPUT.TEXT");
        assertThat(task.get("failure").asText()).isNotBlank();
        assertThat(task.has("output")).isFalse();
    }

    @Test
    void shouldDeclareFullLengthButBreakOffHalfwayWhenTruncateHookIsSet() throws Exception {
        String id = sim.createOpenAiVideo("{\"prompt\":\"cut [sim:truncate]\"}");
        sim.awaitOpenAiStatus(id, Set.of("completed"));

        RawHttp.Received received = RawHttp.get(URI.create(sim.simulator.openAiBaseUrl() + "/videos/" + id
                + "/content"), Map.of("Authorization", "Bearer " + SimulatorHarness.OPENAI_KEY));

        assertThat(received.status()).isEqualTo(200);
        assertThat(received.brokenOff()).isTrue();
        assertThat(received.bodyBytes()).isEqualTo(received.contentLength() / 2);
    }

    @Test
    void shouldServeSameLengthNonMp4WhenCorruptHookIsSet() throws Exception {
        String id = sim.createRunwayTask("text_to_video", "{\"model\":\"gen4.5\",\"promptText\":"
                + "\"noise [sim:corrupt]\",\"ratio\":\"1280:720\",\"duration\":2}");
        String url = sim.awaitRunwayStatus(id, Set.of("SUCCEEDED")).at("/output/0").asText();

        Path file = tmp.resolve("corrupt.mp4");
        HttpResponse<Path> response = sim.download(HttpRequest.newBuilder(URI.create(url)).GET().build(), file);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValueAsLong("Content-Length")).hasValue(Files.size(file));
        assertThatThrownBy(() -> new Mp4Inspector().inspect(file)).isInstanceOf(InvalidVideoException.class);
    }

    @Test
    void shouldProduceFileOfHookSecondsWhileApiStillReportsRequestedSeconds() throws Exception {
        String id = sim.createOpenAiVideo("{\"prompt\":\"short [sim:seconds=2]\",\"seconds\":\"8\"}");
        JsonNode video = sim.awaitOpenAiStatus(id, Set.of("completed"));

        Path file = tmp.resolve("short.mp4");
        sim.download(sim.openAi("/videos/" + id + "/content").GET().build(), file);

        assertThat(video.get("seconds").asText()).isEqualTo("8");
        assertThat(new Mp4Inspector().inspect(file).durationSeconds()).isCloseTo(2.0, offset(0.05));
    }

    @Test
    void shouldApplyAHookScopedToOneApiThereOnlyAndAnUnscopedOneEverywhere() {
        String prompt = "a lake [sim:runway:seconds=2] [sim:openai:fail=internal_error] [sim:corrupt]";

        SimHooks runway = SimHooks.parse(prompt, "runway");
        SimHooks openai = SimHooks.parse(prompt, "openai");

        assertThat(runway).isEqualTo(new SimHooks(null, false, true, 2.0));
        assertThat(openai).isEqualTo(new SimHooks("internal_error", false, true, null));
        assertThat(SimHooks.parse(null, "runway")).isEqualTo(new SimHooks(null, false, false, null));
    }

    @Test
    void shouldMakeOnlyTheNamedProvidersVideoTheWrongLength() throws Exception {
        String runway = sim.createRunwayTask("text_to_video", "{\"model\":\"gen4.5\",\"promptText\":"
                + "\"x [sim:runway:seconds=2]\",\"ratio\":\"1280:720\",\"duration\":8}");
        String openai = sim.createOpenAiVideo("{\"prompt\":\"x [sim:runway:seconds=2]\",\"seconds\":\"8\"}");
        String url = sim.awaitRunwayStatus(runway, Set.of("SUCCEEDED")).at("/output/0").asText();
        sim.awaitOpenAiStatus(openai, Set.of("completed"));

        sim.download(HttpRequest.newBuilder(URI.create(url)).GET().build(), tmp.resolve("runway.mp4"));
        sim.download(sim.openAi("/videos/" + openai + "/content").GET().build(), tmp.resolve("openai.mp4"));

        Mp4Inspector inspector = new Mp4Inspector();
        assertThat(inspector.inspect(tmp.resolve("runway.mp4")).durationSeconds()).isCloseTo(2.0, offset(0.05));
        assertThat(inspector.inspect(tmp.resolve("openai.mp4")).durationSeconds()).isCloseTo(8.0, offset(0.05));
    }

    @Test
    void shouldParseHooksAnywhereInPromptAndIgnorePromptsWithout() {
        SimHooks hooks = SimHooks.parse("a [sim:corrupt] b [sim:fail=INTERNAL.BAD_OUTPUT.CODE01] [sim:seconds=2.5]");

        assertThat(hooks.failCode()).isEqualTo("INTERNAL.BAD_OUTPUT.CODE01");
        assertThat(hooks.corrupt()).isTrue();
        assertThat(hooks.truncate()).isFalse();
        assertThat(hooks.secondsOverride()).isEqualTo(2.5);
        assertThat(SimHooks.parse("plain prompt [sim:seconds=0]")).isEqualTo(new SimHooks(null, false, false, null));
    }
}
