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
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
        copyTree(Path.of("routes"), workDir.resolve("routes"));
        copyTree(Path.of("config"), workDir.resolve("config"));
        copyTree(Path.of("samples"), workDir.resolve("samples"));
        Path log = workDir.resolve("run.log");

        Process run = new ProcessBuilder(javaBin(), "-Xmx512m", "-jar", jar().toString(),
                "--spring.profiles.active=demo", "--server.port=0",
                "--simulator.port=" + TestSocketUtils.findAvailableTcpPort(),
                "--simulator.generation-time=500ms", "--simulator.openai-poll-after=200ms",
                "--pipeline.providers.sora.poll-interval=200ms", "--pipeline.providers.runway.poll-interval=200ms",
                "--pipeline.jobs.tick-millis=200", "--pipeline.ingest.settle-millis=300")
                .directory(workDir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean exited = run.waitFor(150, TimeUnit.SECONDS);
        if (!exited) {
            run.destroyForcibly();
        }

        assertThat(exited).as("the demo run ends by itself; log: %s", tail(log)).isTrue();
        assertThat(run.exitValue()).as("exit code; log: %s", tail(log)).isZero();
        List<Path> videos = files(workDir.resolve("outbox"), ".mp4");
        assertThat(videos).as("one video per valid sample line; log: %s", tail(log)).hasSize(10);
        assertThat(files(workDir.resolve("outbox"), "manifest.json")).hasSize(4);
        for (Path video : videos) {
            assertMatchesSidecar(video);
        }
        assertThat(files(workDir.resolve("inbox/.done"), ".report.json")).hasSize(4);
    }

    @Test
    void shouldRunTheSimulatorStandaloneOnItsOwnPort() throws Exception {
        copyTree(Path.of("config"), workDir.resolve("config"));
        int port = TestSocketUtils.findAvailableTcpPort();
        Path log = workDir.resolve("simulator.log");

        Process simulator = new ProcessBuilder(javaBin(), "-Xmx256m",
                "-Dloader.main=com.videopipeline.simulator.SimulatorApplication", "-jar", jar().toString(),
                "--simulator.port=" + port)
                .directory(workDir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            HttpClient http = HttpClient.newHttpClient();
            URI stats = URI.create("http://127.0.0.1:" + port + "/simulator/stats");
            await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() ->
                    http.send(HttpRequest.newBuilder(stats).build(), BodyHandlers.ofString()).statusCode() == 200);

            String body = http.send(HttpRequest.newBuilder(stats).build(), BodyHandlers.ofString()).body();
            assertThat(new ObjectMapper().readTree(body).at("/openai/jobsCreated").asInt()).isZero();
            assertThat(simulator.isAlive()).isTrue();
        } finally {
            simulator.destroy();
            assertThat(simulator.waitFor(20, TimeUnit.SECONDS)).as("stops on SIGTERM; log: %s", tail(log)).isTrue();
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

    private static Path jar() {
        Path jar = Path.of(System.getProperty("packaged.jar", "target/video-pipeline.jar"));
        assertThat(jar).as("run through 'mvn verify', which packages the jar first").exists();
        return jar.toAbsolutePath();
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static List<Path> files(Path dir, String suffix) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static String tail(Path log) throws IOException {
        if (!Files.exists(log)) {
            return "(no log)";
        }
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }
}
