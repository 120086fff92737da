package com.videopipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.videopipeline.simulator.ProviderSimulator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A 429 that means "quota exhausted" is not a 429 that means "slow down": retrying cannot help, so the job ends
 * at once with the reason, while a job within the quota is delivered.
 */
@SpringBootTest
class QuotaExhaustedEndToEndTest {

    @TempDir
    static Path root;

    @Autowired
    ProviderSimulator simulator;

    private final ObjectMapper json = new ObjectMapper();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        PipelineTestSupport.register(registry, root, Map.of(
                "simulator.faults.runway.limits.daily-quota", "1",
                "pipeline.providers.runway.max-concurrent-jobs", "1"));
    }

    @Test
    void shouldEndAJobOverTheDailyQuotaAtOnceWithTheReasonAndDeliverTheOneWithinIt() throws Exception {
        PipelineTestSupport.drop(root.resolve("inbox"), "quota.jsonl", String.join("\n",
                "{\"id\": \"within\", \"prompt\": \"a lantern\", \"seconds\": 4, \"provider\": \"runway\"}",
                "{\"id\": \"over\", \"prompt\": \"a candle\", \"seconds\": 4, \"provider\": \"runway\"}", ""));

        Map<String, JsonNode> jobs = Manifests.jobsById(Manifests.await(root, "", Duration.ofSeconds(60)));

        assertThat(jobs.get("within").get("status").asText()).isEqualTo("delivered");
        assertThat(jobs.get("over").get("status").asText()).isEqualTo("failed");
        assertThat(jobs.get("over").at("/failure/kind").asText()).isEqualTo("QUOTA_EXHAUSTED");
        assertThat(jobs.get("over").get("attempts").asInt()).as("refused, so nothing to bill").isZero();
        assertThat(jobs.get("over").get("retries").asInt()).as("not retried").isZero();
        assertThat(simulator.stats().runway().jobsCreated()).isEqualTo(1);
    }
}
