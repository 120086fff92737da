package com.videopipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.videopipeline.simulator.ProviderSimulator;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.util.TestSocketUtils;

/**
 * OpenAI webhooks with polling turned off for sora: the simulator's signed {@code video.completed} events alone
 * finish a batch, and forged, stale and replayed deliveries (signed here, by the test) are refused or ignored without
 * moving a job, and logged without their body.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@ExtendWith(OutputCaptureExtension.class)
class WebhookEndToEndTest {

    private static final String SECRET = TestSecrets.E2E_WEBHOOK_SECRET;
    private static final byte[] KEY = TestSecrets.E2E_WEBHOOK_KEY.getBytes(StandardCharsets.UTF_8);
    private static final int PORT = TestSocketUtils.findAvailableTcpPort();
    private static final int JOBS = 6;

    @TempDir
    static Path root;

    @Autowired
    ProviderSimulator simulator;

    @Autowired
    JdbcTemplate jdbc;

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final URI endpoint = URI.create("http://127.0.0.1:" + PORT + "/webhooks/openai");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        PipelineTestSupport.register(registry, root, Map.of(
                "server.port", PORT,
                "pipeline.webhooks.openai.enabled", true,
                "pipeline.webhooks.openai.secret", SECRET,
                "pipeline.webhooks.openai.backup-polling", false,
                "pipeline.providers.sora.max-concurrent-jobs", JOBS + 1,
                "simulator.webhooks.openai.url", "http://127.0.0.1:" + PORT + "/webhooks/openai",
                "simulator.webhooks.openai.secret", SECRET,
                "simulator.webhooks.openai.retry-delay", "100ms"));
    }

    @Test
    void shouldDeliverABatchOfSoraJobsByWebhooksAloneWithPollingOff() throws Exception {
        long polls = simulator.stats().openai().statusPolls();
        long webhooks = simulator.stats().webhooks().delivered();

        PipelineTestSupport.drop(root.resolve("inbox"), "by-webhook.jsonl", IntStream.rangeClosed(1, JOBS)
                .mapToObj(i -> "{\"id\":\"hook-" + i + "\",\"prompt\":\"a paper boat, take " + i + "\","
                        + "\"provider\":\"sora\",\"seconds\":4,\"size\":\"1280x720\"}")
                .collect(Collectors.joining("\n")));

        JsonNode manifest = awaitManifest("by-webhook-jsonl-");
        assertThat(manifest.at("/counts/delivered").asInt()).isEqualTo(JOBS);
        assertThat(simulator.stats().webhooks().delivered() - webhooks).as("webhooks delivered").isEqualTo(JOBS);
        assertThat(simulator.stats().openai().statusPolls() - polls).as("one poll per webhook, none of our own")
                .isEqualTo(JOBS);
    }

    @Test
    void shouldRefuseForgedStaleAndRepeatedWebhooksWithoutMovingTheJob(CapturedOutput output) throws Exception {
        String video = stuckSoraJob();
        long polls = simulator.stats().openai().statusPolls();
        String event = event("evt_forged", video).replace("}}", "},\"note\":\"FORGED-BODY-MARKER\"}");

        assertThat(post("msg_forged", now(), sign("whsec_" + Base64.getEncoder().encodeToString(
                "not the key".getBytes(StandardCharsets.UTF_8)), "msg_forged", now(), event), event))
                .as("signed with another key").isEqualTo(401);
        assertThat(post("msg_tampered", now(), sign(SECRET, "msg_tampered", now(), event(video)),
                event("evt_other", video))).as("body changed after signing").isEqualTo(401);
        long old = now() - 600;
        assertThat(post("msg_old", old, sign(SECRET, "msg_old", old, event(video)), event(video)))
                .as("signed 10 minutes ago").isEqualTo(400);
        long ahead = now() + 600;
        assertThat(post("msg_ahead", ahead, sign(SECRET, "msg_ahead", ahead, event(video)), event(video)))
                .as("signed 10 minutes ahead").isEqualTo(400);
        assertThat(post("msg_unsigned", now(), null, event(video))).as("no signature").isEqualTo(400);
        assertThat(simulator.stats().openai().statusPolls()).as("no poll for a refused webhook").isEqualTo(polls);
        assertThat(output.getAll()).contains("OpenAI webhook msg_forged refused with 401")
                .doesNotContain("FORGED-BODY-MARKER");

        // not ASCII: the signature must be checked over the bytes as sent, not a re-encoded string
        String genuine = event(video).replace("}}", "},\"note\":\"caf\u00e9 \u2615 \ud83c\udfac\"}");
        long signedAt = now();
        String signature = sign(SECRET, "msg_genuine", signedAt, genuine);
        assertThat(post("msg_genuine", signedAt, signature, genuine)).isEqualTo(200);
        assertThat(simulator.stats().openai().statusPolls()).as("polled at once").isEqualTo(polls + 1);

        assertThat(post("msg_genuine", signedAt, signature, genuine)).as("the same delivery again").isEqualTo(200);
        long retried = now();
        assertThat(post("msg_genuine", retried, sign(SECRET, "msg_genuine", retried, genuine), genuine))
                .as("a retry: same id, signed anew").isEqualTo(200);
        assertThat(simulator.stats().openai().statusPolls()).as("a repeat moves nothing").isEqualTo(polls + 1);
        assertThat(output.getAll()).contains("OpenAI webhook msg_genuine (video.completed) was delivered before");
    }

    @Test
    void shouldAcknowledgeAnEventForAnUnknownVideo(CapturedOutput output) throws Exception {
        String event = event("video_nobody_knows");

        assertThat(post("msg_unknown", now(), sign(SECRET, "msg_unknown", now(), event), event)).isEqualTo(200);
        assertThat(output.getAll()).contains("video_nobody_knows, which no job follows");
    }

    @Test
    void shouldTakeOnlyPosts() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(endpoint).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(405);
    }

    /** A sora job the simulator never finishes, so it waits at the provider for as long as the test needs. */
    private String stuckSoraJob() throws IOException {
        putFaults("{\"openai\":{\"jobs\":{\"never-finish\":1}}}");
        try {
            PipelineTestSupport.drop(root.resolve("inbox"), "stuck.jsonl",
                    "{\"id\":\"stuck\",\"prompt\":\"a kite that never lands\",\"provider\":\"sora\",\"seconds\":4}");
            return await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.queryForList(
                    "SELECT provider_job_id FROM job WHERE id = 'stuck' AND provider_job_id IS NOT NULL",
                    String.class).stream().findFirst().orElse(null), id -> id != null);
        } finally {
            putFaults("{\"openai\":{\"jobs\":{\"never-finish\":0}}}");
        }
    }

    private JsonNode awaitManifest(String batchPrefix) throws IOException {
        Path outbox = root.resolve("outbox");
        Path manifest = await().atMost(Duration.ofSeconds(20)).until(() -> {
            if (!Files.isDirectory(outbox)) {
                return null;
            }
            try (Stream<Path> batches = Files.list(outbox)) {
                return batches.filter(b -> b.getFileName().toString().startsWith(batchPrefix))
                        .map(b -> b.resolve("manifest.json")).filter(Files::exists).findFirst().orElse(null);
            }
        }, found -> found != null);
        return json.readTree(manifest.toFile());
    }

    private int post(String id, long timestamp, String signature, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint).header("content-type", "application/json")
                .header("webhook-id", id).header("webhook-timestamp", String.valueOf(timestamp))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (signature != null) {
            request.header("webhook-signature", signature);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private void putFaults(String settings) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                    URI.create(simulator.baseUrl() + "/simulator/faults"))
                    .PUT(HttpRequest.BodyPublishers.ofString(settings)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private static String event(String video) {
        return event("evt_" + video, video);
    }

    private static String event(String eventId, String video) {
        return "{\"id\":\"" + eventId + "\",\"object\":\"event\",\"created_at\":" + now()
                + ",\"type\":\"video.completed\",\"data\":{\"id\":\"" + video + "\"}}";
    }

    /** Signed here, independently of the code under test: v1, base64 HMAC-SHA256 over id.timestamp.body. */
    private static String sign(String secret, String id, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())),
                    "HmacSHA256"));
            byte[] digest = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(digest);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static long now() {
        return Instant.now().getEpochSecond();
    }
}
