package com.videopipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.videopipeline.job.BatchStatus;
import com.videopipeline.job.JobState;
import com.videopipeline.job.JobStatusQuery;
import com.videopipeline.job.VideoJob;
import com.videopipeline.media.Mp4Info;
import com.videopipeline.media.Mp4Inspector;
import com.videopipeline.simulator.ProviderSimulator;
import com.videopipeline.simulator.SimulatorStats;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.camel.CamelContext;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** An output that expired before its download is fetched from Runway's fresh link, and ends an OpenAI job EXPIRED. */
@SpringBootTest
class OutputExpiryEndToEndTest {

    private static final Duration OUTPUT_TTL = Duration.ofSeconds(2);
    private static final String FETCH_ROUTE = "fetch-videos";

    @TempDir
    static Path root;

    @Autowired
    CamelContext camel;

    @Autowired
    JobStatusQuery jobStatus;

    @Autowired
    ProviderSimulator simulator;

    private final ObjectMapper json = new ObjectMapper();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        PipelineTestSupport.register(registry, root);
        // Short enough that the test can outwait it, long enough that a fresh Runway link survives its download.
        registry.add("simulator.output-ttl", OUTPUT_TTL::toString);
    }

    @AfterEach
    void resumeFetching() throws Exception {
        // A failed assertion must not leave the context's fetch stage suspended.
        if (!camel.getRouteController().getRouteStatus(FETCH_ROUTE).isStarted()) {
            camel.getRouteController().resumeRoute(FETCH_ROUTE);
        }
    }

    @Test
    void shouldDeliverRunwayFromAFreshLinkAndEndSoraExpiredWhenOutputsExpireBeforeTheDownload() throws Exception {
        // Held back before the drop, so no download can start while the outputs are still valid.
        camel.getRouteController().suspendRoute(FETCH_ROUTE);
        PipelineTestSupport.drop(root.resolve("inbox"), "outputs.jsonl", String.join("\n",
                "{\"id\": \"from-runway\", \"prompt\": \"A lighthouse at dusk\", \"provider\": \"runway\", \"seconds\": 4}",
                "{\"id\": \"from-sora\", \"prompt\": \"A lighthouse at dawn\", \"provider\": \"sora\", \"seconds\": 4}",
                ""));

        String batchId = awaitBatch("outputs-jsonl");
        await().atMost(Duration.ofSeconds(30)).until(() -> state(batchId, "from-runway") == JobState.DOWNLOADING
                && state(batchId, "from-sora") == JobState.DOWNLOADING);
        VideoJob runway = job(batchId, "from-runway");
        VideoJob sora = job(batchId, "from-sora");
        URI staleLink = runway.lastStatus().outputs().get(0);
        Instant soraExpiresAt = sora.lastStatus().expiresAt();
        assertThat(soraExpiresAt).as("OpenAI announces when the assets expire").isNotNull();

        // Both providers finished before the pipeline saw them finish, so providerFinished + TTL bounds both
        // expiries; the extra second covers whole-second expiry stamps (Runway's exp, OpenAI's expires_at),
        // which are honoured through the second they name.
        Instant deadline = Stream.of(runway, sora).map(j -> j.timeline().providerFinished())
                .max(Instant::compareTo).orElseThrow().plus(OUTPUT_TTL).plusSeconds(1);
        await().atMost(OUTPUT_TTL.plusSeconds(10)).pollInterval(Duration.ofMillis(100))
                .until(() -> Instant.now().isAfter(deadline));
        assertThat(soraExpiresAt).isBefore(Instant.now());
        assertThat(statusOf(staleLink)).as("the Runway link the pipeline holds is really refused now").isEqualTo(403);

        camel.getRouteController().resumeRoute(FETCH_ROUTE);
        Path manifestFile = awaitManifest(batchId);
        JsonNode manifest = json.readTree(manifestFile.toFile());
        Map<String, JsonNode> jobs = jobs(manifest);
        Path batchDir = manifestFile.getParent();

        JsonNode delivered = jobs.get("from-runway");
        assertThat(delivered.get("status").asText()).isEqualTo("delivered");
        assertThat(delivered.get("providerJobId").asText()).isEqualTo(runway.providerJobId());
        assertThat(delivered.at("/verification/passed").asBoolean()).isTrue();
        Path video = batchDir.resolve("from-runway.mp4");
        Mp4Info info = new Mp4Inspector().inspect(video);
        assertThat(info.width()).isEqualTo(1280);
        assertThat(info.height()).isEqualTo(720);
        assertThat(info.durationSeconds()).isCloseTo(4.0, Offset.offset(0.1));
        assertThat(delivered.get("sha256").asText()).isEqualTo(sha256(video));

        JsonNode expired = jobs.get("from-sora");
        assertThat(expired.get("status").asText()).isEqualTo("expired");
        assertThat(expired.at("/failure/message").asText()).contains("expired at " + soraExpiresAt);
        assertThat(expired.has("sha256")).as("nothing was downloaded for it").isFalse();
        assertThat(manifest.at("/counts/delivered").asInt()).isEqualTo(1);
        assertThat(manifest.at("/counts/failed").asInt()).isEqualTo(1);
        try (Stream<Path> files = Files.list(batchDir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("from-runway.mp4", "from-runway.json", "from-runway.poster.jpg",
                            "manifest.json", "report.csv", "report.html");
        }

        // Expiry is handled by re-reading the jobs, never by generating (and paying for) them again.
        SimulatorStats stats = simulator.stats();
        assertThat(stats.runway().jobsCreated()).isEqualTo(1);
        assertThat(stats.runway().downloads()).as("one download, from the fresh link").isEqualTo(1);
        assertThat(stats.openai().jobsCreated()).isEqualTo(1);
        assertThat(stats.openai().downloads()).isZero();
    }

    private String awaitBatch(String prefix) {
        await().atMost(Duration.ofSeconds(30)).until(() -> batch(prefix).isPresent());
        return batch(prefix).orElseThrow();
    }

    private Optional<String> batch(String prefix) {
        return jobStatus.openBatches().stream().map(BatchStatus::batch).map(b -> b.id())
                .filter(id -> id.startsWith(prefix)).findFirst();
    }

    private VideoJob job(String batchId, String id) {
        return jobStatus.job(batchId, id).orElseThrow();
    }

    private JobState state(String batchId, String id) {
        return jobStatus.job(batchId, id).map(VideoJob::state).orElse(null);
    }

    private Path awaitManifest(String batchId) {
        Path manifest = root.resolve("outbox").resolve(batchId).resolve("manifest.json");
        await().atMost(Duration.ofSeconds(30)).until(() -> Files.exists(manifest));
        return manifest;
    }

    private static int statusOf(URI link) throws IOException, InterruptedException {
        HttpResponse<Void> response = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(link).GET().build(), HttpResponse.BodyHandlers.discarding());
        return response.statusCode();
    }

    private static Map<String, JsonNode> jobs(JsonNode manifest) {
        Map<String, JsonNode> jobs = new HashMap<>();
        manifest.get("jobs").forEach(j -> jobs.put(j.get("id").asText(), j));
        return jobs;
    }

    private static String sha256(Path file) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
