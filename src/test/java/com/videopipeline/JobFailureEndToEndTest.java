package com.videopipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every way a job can go wrong after it was accepted ends the job explicitly, with a classified reason in the
 * manifest, and never stops the other jobs of the batch. Failures are provoked through the simulator's prompt hooks.
 */
@SpringBootTest
class JobFailureEndToEndTest {

    @TempDir
    static Path root;

    private final ObjectMapper json = new ObjectMapper();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        PipelineTestSupport.register(registry, root);
    }

    @BeforeAll
    static void dropFailingJobs() throws IOException {
        PipelineTestSupport.drop(root.resolve("inbox"), "failures.jsonl", String.join("\n",
                "{\"id\": \"refused-runway\", \"prompt\": \"a protest [sim:fail=SAFETY.INPUT.TEXT]\", \"provider\": \"runway\", \"seconds\": 4}",
                "{\"id\": \"refused-sora\", \"prompt\": \"a protest [sim:fail=moderation_blocked]\", \"provider\": \"sora\", \"seconds\": 4}",
                "{\"id\": \"too-short\", \"prompt\": \"a lake [sim:seconds=2]\", \"seconds\": 8}",
                "{\"id\": \"cut-off\", \"prompt\": \"a lake [sim:truncate]\", \"seconds\": 4}",
                "{\"id\": \"garbled\", \"prompt\": \"a lake [sim:corrupt]\", \"provider\": \"sora\", \"seconds\": 4}",
                "{\"id\": \"flaky-provider\", \"prompt\": \"a lake [sim:fail=INTERNAL]\", \"provider\": \"runway\", \"seconds\": 4}",
                "{\"id\": \"fine\", \"prompt\": \"a calm lake at dawn\", \"seconds\": 4}",
                ""));
    }

    @Test
    void shouldEndEveryFailingJobWithItsClassifiedReasonAndDeliverTheRest() throws Exception {
        Map<String, JsonNode> jobs = manifestJobs(awaitManifest());

        assertThat(jobs.get("fine").get("status").asText()).isEqualTo("delivered");
        assertFailed(jobs.get("refused-runway"), "SAFETY_INPUT", "SAFETY.INPUT.TEXT");
        assertFailed(jobs.get("refused-sora"), "SAFETY_INPUT", "moderation_blocked");
        assertFailed(jobs.get("too-short"), "VERIFICATION_FAILED", "2.00 s");
        assertFailed(jobs.get("cut-off"), "DOWNLOAD_FAILED", "");
        assertFailed(jobs.get("garbled"), "DOWNLOAD_FAILED", "not");
        assertFailed(jobs.get("flaky-provider"), "PROVIDER_INTERNAL", "INTERNAL");
        assertThat(jobs.get("flaky-provider").get("attempts").asInt()).as("generated again up to the limit")
                .isEqualTo(3);
        assertThat(jobs.get("refused-runway").get("attempts").asInt()).as("a safety refusal is not retried")
                .isEqualTo(1);
    }

    @Test
    void shouldKeepAWrongLengthVideoOnRecordWithoutGeneratingElsewhereWhileFallbackIsOff() throws Exception {
        JsonNode tooShort = manifestJobs(awaitManifest()).get("too-short");

        assertThat(tooShort.get("attempts").asInt()).isEqualTo(1);
        assertThat(tooShort.at("/failure/message").asText()).doesNotContain("elsewhere");
        assertThat(tooShort.at("/discardedVideos/0/provider").asText()).isEqualTo(tooShort.get("provider").asText());
        assertThat(tooShort.at("/discardedVideos/0").has("fallbackTo")).isFalse();
        assertThat(tooShort.get("actualCostUsd").decimalValue()).as("the wrong video was paid for")
                .isEqualByComparingTo(tooShort.at("/discardedVideos/0/costUsd").decimalValue()).isPositive();
    }

    @Test
    void shouldDeliverNothingForAFailedJob() throws Exception {
        Path batch = awaitManifest().getParent();

        try (Stream<Path> files = Files.list(batch)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("fine.mp4", "fine.json", "fine.poster.jpg", "manifest.json",
                            "report.csv", "report.html");
        }
    }

    @Test
    void shouldWaitUntilASlowlyWrittenFileIsCompleteBeforeReadingIt() throws Exception {
        awaitManifest();
        Path file = root.resolve("inbox/slow.txt");
        int lines = 12;
        AtomicInteger written = new AtomicInteger();
        ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor();

        // a writer that pauses between lines, but for less than the settle time (200 ms in tests)
        writer.scheduleAtFixedRate(() -> append(file, written, lines), 0, 60, TimeUnit.MILLISECONDS);
        await().atMost(Duration.ofSeconds(10)).until(() -> written.get() == lines);
        writer.shutdownNow();

        Path report = root.resolve("inbox/.done/slow.txt.report.json");
        await().atMost(Duration.ofSeconds(30)).until(() -> Files.exists(report));
        assertThat(json.readTree(report.toFile()).at("/summary/accepted").asInt()).isEqualTo(lines);
    }

    private static void append(Path file, AtomicInteger written, int lines) {
        if (written.get() >= lines) {
            return;
        }
        try {
            Files.writeString(file, "a slow river, take " + written.get() + "\n", StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
            written.incrementAndGet();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertFailed(JsonNode job, String kind, String messagePart) {
        assertThat(job.get("status").asText()).as(job.toString()).isEqualTo("failed");
        assertThat(job.at("/failure/kind").asText()).as(job.toString()).isEqualTo(kind);
        assertThat(job.at("/failure/message").asText()).as(job.toString()).contains(messagePart);
    }

    private Path awaitManifest() throws IOException {
        await().atMost(Duration.ofSeconds(60)).until(() -> manifest() != null);
        return manifest();
    }

    private static Path manifest() throws IOException {
        Path outbox = root.resolve("outbox");
        if (!Files.isDirectory(outbox)) {
            return null;
        }
        try (Stream<Path> walk = Files.walk(outbox, 2)) {
            return walk.filter(p -> p.toString().contains("failures-jsonl") && p.endsWith("manifest.json"))
                    .findFirst().orElse(null);
        }
    }

    private Map<String, JsonNode> manifestJobs(Path manifest) throws IOException {
        Map<String, JsonNode> jobs = new HashMap<>();
        json.readTree(manifest.toFile()).get("jobs").forEach(j -> jobs.put(j.get("id").asText(), j));
        return jobs;
    }
}
