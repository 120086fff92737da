package com.videopipeline.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.videopipeline.simulator.SimulatorStats.ProviderStats;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The counters tests use to assert how a client behaved (creates, polls, downloads, rejections) and their reset. */
class SimulatorStatsTest {

    @AutoClose
    private final SimulatorHarness sim = SimulatorHarness.started();

    @TempDir
    Path tmp;

    @Test
    void shouldCountCreatesPollsDownloadsAndRejectionsPerProvider() throws Exception {
        String video = sim.createOpenAiVideo("{\"prompt\":\"count me\"}");
        sim.send(sim.openAi("/videos").header("Content-Type", "application/json")
                .POST(SimulatorHarness.jsonBody("{\"prompt\":\"p\",\"seconds\":4}")).build());
        sim.send(sim.openAi("/videos/" + video).GET().build());
        sim.send(sim.openAi("/videos/" + video).GET().build());
        String task = sim.createRunwayTask("text_to_video",
                "{\"model\":\"gen4.5\",\"promptText\":\"p\",\"ratio\":\"1280:720\",\"duration\":2}");
        long runwayPolls = pollUntilSucceeded(task);
        String url = sim.parse(sim.send(sim.runway("/v1/tasks/" + task).GET().build())).at("/output/0").asText();
        sim.download(HttpRequest.newBuilder(URI.create(url)).GET().build(), tmp.resolve("a.mp4"));

        SimulatorStats stats = sim.simulator.stats();

        assertThat(stats.openai()).isEqualTo(new ProviderStats(1, 2, 0, 1));
        assertThat(stats.runway()).isEqualTo(new ProviderStats(1, runwayPolls + 1, 1, 0));
    }

    @Test
    void shouldServeStatsAsJsonOverHttp() {
        sim.createOpenAiVideo("{\"prompt\":\"one\"}");

        HttpResponse<String> response = sim.send(HttpRequest.newBuilder(
                URI.create(sim.simulator.baseUrl() + "/simulator/stats")).GET().build());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode stats = sim.parse(response);
        assertThat(stats.at("/openai/jobsCreated").asLong()).isEqualTo(1);
        assertThat(stats.at("/openai/statusPolls").asLong()).isZero();
        assertThat(stats.at("/runway/downloads").asLong()).isZero();
        assertThat(stats.at("/runway/rejected").asLong()).isZero();
        assertThat(stats.at("/runway/throttled").asLong()).isZero();
        assertThat(stats.at("/openai/injected").isObject()).as("fault kind to count; empty without faults").isTrue();
    }

    @Test
    void shouldZeroInjectedAndThrottledCountersOnReset() {
        sim.putFaults("{\"openai\":{\"http\":{\"server-error\":1}},"
                + "\"runway\":{\"limits\":{\"max-concurrent-per-model\":1}}}");
        sim.postOpenAiVideo("{\"prompt\":\"p\"}");
        sim.createRunwayTask("text_to_video", SimulatorHarness.RUNWAY_TASK);
        sim.createRunwayTask("text_to_video", SimulatorHarness.RUNWAY_TASK);
        SimulatorStats before = sim.simulator.stats();

        sim.simulator.reset();

        assertThat(before.openai().injected()).containsEntry("server-error", 1L);
        assertThat(before.runway().throttled()).isEqualTo(1);
        assertThat(sim.simulator.stats().openai()).isEqualTo(new ProviderStats(0, 0, 0, 0));
        assertThat(sim.simulator.stats().runway()).isEqualTo(new ProviderStats(0, 0, 0, 0));
    }

    @Test
    void shouldForgetJobsAndZeroCountersOnReset() {
        String video = sim.createOpenAiVideo("{\"prompt\":\"forget me\"}");

        HttpResponse<String> reset = sim.send(HttpRequest.newBuilder(
                URI.create(sim.simulator.baseUrl() + "/simulator/reset")).POST(HttpRequest.BodyPublishers.noBody())
                .build());

        assertThat(reset.statusCode()).isEqualTo(204);
        assertThat(sim.simulator.stats().openai()).isEqualTo(new ProviderStats(0, 0, 0, 0));
        assertThat(sim.send(sim.openAi("/videos/" + video).GET().build()).statusCode()).isEqualTo(404);
    }

    private long pollUntilSucceeded(String task) {
        long before = sim.simulator.stats().runway().statusPolls();
        sim.awaitRunwayStatus(task, Set.of("SUCCEEDED"));
        return sim.simulator.stats().runway().statusPolls() - before;
    }
}
