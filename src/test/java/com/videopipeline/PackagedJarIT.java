package com.videopipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.videopipeline.media.Mp4Info;
import com.videopipeline.media.Mp4Inspector;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.test.util.TestSocketUtils;

/**
 * The main job as a user runs it: the packaged jar, started as its own process in a copy of the repository's
 * routes, config and samples, with the demo profile. Catches what a flat test classpath hides (nested-jar class
 * loading, files read from the working directory) and proves the run ends by itself.
 */
class PackagedJarIT {

    @TempDir
    Path workDir;

    @Test
    void shouldProcessTheSamplesAndExitWhenTheJarRunsTheDemoProfile() throws Exception {
        TestFiles.copyTree(Path.of("routes"), workDir.resolve("routes"));
        TestFiles.copyTree(Path.of("config"), workDir.resolve("config"));
        TestFiles.copyTree(Path.of("samples"), workDir.resolve("samples"));

        PipelineProcess run = PipelineProcess.start(workDir, workDir.resolve("run.log"), List.of("-Xmx512m"),
                List.of("--spring.profiles.active=demo", "--server.port=0",
                        "--simulator.port=" + TestSocketUtils.findAvailableTcpPort(),
                        "--simulator.generation-time=500ms", "--simulator.openai-poll-after=200ms",
                        "--pipeline.providers.sora.poll-interval=200ms",
                        "--pipeline.providers.runway.poll-interval=200ms",
                        "--pipeline.jobs.tick-millis=200", "--pipeline.ingest.settle-millis=300"));
        Integer exit = run.awaitExit(150);
        if (exit == null) {
            run.kill();
        }

        assertThat(exit).as("the demo run ends by itself with exit code 0; %s", run.tail()).isZero();
        List<Path> videos = TestFiles.files(workDir.resolve("outbox"), ".mp4");
        assertThat(videos).as("one video per valid sample line; %s", run.tail()).hasSize(10);
        assertThat(TestFiles.files(workDir.resolve("outbox"), "manifest.json")).hasSize(4);
        for (Path video : videos) {
            assertMatchesSidecar(video);
        }
        assertThat(TestFiles.files(workDir.resolve("inbox/.done"), ".report.json")).hasSize(4);
    }

    @Test
    void shouldRunTheSimulatorStandaloneOnItsOwnPort() throws Exception {
        TestFiles.copyTree(Path.of("config"), workDir.resolve("config"));
        int port = TestSocketUtils.findAvailableTcpPort();

        PipelineProcess simulator = PipelineProcess.start(workDir, workDir.resolve("simulator.log"),
                List.of("-Xmx256m", "-Dloader.main=com.videopipeline.simulator.SimulatorApplication"),
                List.of("--simulator.port=" + port));
        try {
            HttpClient http = HttpClient.newHttpClient();
            URI stats = URI.create("http://127.0.0.1:" + port + "/simulator/stats");
            await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() ->
                    http.send(HttpRequest.newBuilder(stats).build(), BodyHandlers.ofString()).statusCode() == 200);

            String body = http.send(HttpRequest.newBuilder(stats).build(), BodyHandlers.ofString()).body();
            assertThat(new ObjectMapper().readTree(body).at("/openai/jobsCreated").asInt()).isZero();
            simulator.assertAlive();
        } finally {
            simulator.stop();
        }
    }

    private static void assertMatchesSidecar(Path video) throws IOException {
        String name = video.getFileName().toString();
        JsonNode sidecar = new ObjectMapper().readTree(
                video.resolveSibling(name.replace(".mp4", ".json")).toFile());
        Mp4Info info = new Mp4Inspector().inspect(video);
        assertThat(info.width() + "x" + info.height()).isEqualTo(sidecar.at("/request/size").asText());
        assertThat(Math.round(info.durationSeconds())).isEqualTo(sidecar.at("/request/seconds").asLong());
    }
}
