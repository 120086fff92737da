package com.videopipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.videopipeline.simulator.ProviderSimulator;
import com.videopipeline.simulator.SimulatorStats;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A 200-job batch under a fault storm on both providers (20% 429, 5% 5xx, 3% failed generations of which half are
 * safety refusals, 1% truncated downloads; seeded, so a failure can be replayed): every job ends, every retryable
 * trouble is ridden out to a delivered video, every refusal ends FAILED with its reason, and no job is paid twice.
 */
@SpringBootTest
class FaultStormEndToEndTest {

    private static final int JOBS = 200;

    @TempDir
    static Path root;

    @Autowired
    ProviderSimulator simulator;

    private final ObjectMapper json = new ObjectMapper();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        Map<String, Object> storm = new HashMap<>();
        storm.put("simulator.generation-time", "400ms");
        storm.put("simulator.faults.seed", "42");
        for (String provider : List.of("openai", "runway")) {
            String f = "simulator.faults." + provider + ".";
            storm.put(f + "http.rate-limit", "0.20");
            storm.put(f + "http.retry-after", "300ms");
            storm.put(f + "http.server-error", "0.05");
            storm.put(f + "jobs.truncated-download", "0.01");
        }
        storm.put("simulator.faults.openai.jobs.failed.moderation_blocked", "0.015");
        storm.put("simulator.faults.openai.jobs.failed.internal_error", "0.015");
        storm.put("simulator.faults.runway.jobs.failed[SAFETY.INPUT.TEXT]", "0.015");
        storm.put("simulator.faults.runway.jobs.failed[INTERNAL]", "0.015");
        storm.put("pipeline.providers.sora.max-concurrent-jobs", "10");
        storm.put("pipeline.providers.runway.max-concurrent-jobs", "10");
        storm.put("pipeline.jobs.submit-batch", "20");
        storm.put("pipeline.jobs.fetch-batch", "8");
        PipelineTestSupport.register(registry, root, storm);
    }

    @Test
    void shouldEndEveryJobDeliveredOrRefusedWithItsReasonAndPayForNoneTwice() throws Exception {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < JOBS; i++) {
            lines.add(String.format("{\"id\": \"storm-%03d\", \"prompt\": \"storm scene %d\", \"seconds\": 4, "
                    + "\"provider\": \"%s\"}", i, i, i % 2 == 0 ? "sora" : "runway"));
        }
        long started = System.nanoTime();
        PipelineTestSupport.drop(root.resolve("inbox"), "storm.jsonl", String.join("\n", lines) + "\n");

        JsonNode manifest = Manifests.await(root, "", Duration.ofMinutes(3));
        List<JsonNode> delivered = new ArrayList<>();
        List<JsonNode> failed = new ArrayList<>();
        manifest.get("jobs").forEach(j -> (j.get("status").asText().equals("delivered") ? delivered : failed).add(j));
        SimulatorStats stats = simulator.stats();
        long injectedFailures = injected(stats.openai().injected(), "failed-job")
                + injected(stats.runway().injected(), "failed-job");
        long created = stats.openai().jobsCreated() + stats.runway().jobsCreated();
        System.out.printf("fault storm: %d jobs in %.1f s; %d delivered, %d refused; provider jobs created %d; "
                        + "injected openai %s runway %s%n", JOBS, (System.nanoTime() - started) / 1e9, delivered.size(),
                failed.size(), created, stats.openai().injected(), stats.runway().injected());

        assertThat(manifest.get("jobs")).hasSize(JOBS);
        assertThat(failed).as("only refusals end without a video").allSatisfy(j -> {
            assertThat(j.at("/failure/kind").asText()).isEqualTo("SAFETY_INPUT");
            assertThat(j.at("/failure/message").asText()).isNotBlank();
        });
        assertThat(stats.openai().injected().getOrDefault("rate-limit", 0L)).as("the storm really blew").isPositive();
        assertThat(created).as("one provider job per generation: the batch plus regenerations of failed ones")
                .isEqualTo(JOBS + injectedFailures - failed.size());
        assertDeliveredOnce(delivered);
    }

    private void assertDeliveredOnce(List<JsonNode> delivered) throws IOException {
        Set<String> providerJobs = new HashSet<>();
        for (JsonNode job : delivered) {
            assertThat(providerJobs.add(job.get("providerJobId").asText())).as("provider job %s twice", job).isTrue();
            Path video = root.resolve("outbox").resolve(job.get("batch").asText()).resolve(job.get("id").asText() + ".mp4");
            assertThat(TestFiles.sha256(video)).isEqualTo(job.get("sha256").asText());
        }
        assertThat(TestFiles.files(root.resolve("outbox"), ".mp4")).hasSize(delivered.size());
    }

    private static long injected(Map<String, Long> counts, String kind) {
        return counts.getOrDefault(kind, 0L);
    }
}
