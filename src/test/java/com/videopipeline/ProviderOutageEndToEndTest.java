package com.videopipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.util.TestSocketUtils;

/**
 * A provider that is down (here: Runway at an address nobody listens on) opens its circuit; jobs no provider has
 * accepted move to the next capable provider, while a job that asked for Runway by name waits for it and, past
 * its deadline, ends with the reason instead of hanging.
 */
@SpringBootTest
class ProviderOutageEndToEndTest {

    @TempDir
    static Path root;

    private final ObjectMapper json = new ObjectMapper();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        int closed = TestSocketUtils.findAvailableTcpPort();
        PipelineTestSupport.register(registry, root, Map.of(
                "pipeline.providers.runway.base-url", "http://127.0.0.1:" + closed + "/runway",
                "pipeline.jobs.max-submit-attempts", "50",
                "pipeline.jobs.deadline", "8s",
                "pipeline.circuit-breaker.window", "4",
                "pipeline.circuit-breaker.open-for", "60s"));
    }

    @Test
    void shouldSendUnpinnedJobsToAnotherProviderWhileOneIsDownAndEndPinnedOnesAtTheirDeadline() throws Exception {
        PipelineTestSupport.drop(root.resolve("inbox"), "outage.jsonl", String.join("\n",
                "{\"id\": \"free-1\", \"prompt\": \"a harbour at dawn\", \"seconds\": 8}",
                "{\"id\": \"free-2\", \"prompt\": \"a harbour at noon\", \"seconds\": 8}",
                "{\"id\": \"free-3\", \"prompt\": \"a harbour at dusk\", \"seconds\": 8}",
                "{\"id\": \"pinned\", \"prompt\": \"a harbour at night\", \"seconds\": 8, \"provider\": \"runway\"}", ""));

        Map<String, JsonNode> jobs = Manifests.jobsById(Manifests.await(root, "", Duration.ofSeconds(60)));

        for (String id : new String[] {"free-1", "free-2", "free-3"}) {
            assertThat(jobs.get(id).get("status").asText()).as(id).isEqualTo("delivered");
            assertThat(jobs.get(id).get("provider").asText()).as(id).isEqualTo("sora");
        }
        assertThat(jobs.get("pinned").get("status").asText()).isEqualTo("failed");
        assertThat(jobs.get("pinned").get("provider").asText()).isEqualTo("runway");
        assertThat(jobs.get("pinned").at("/failure/message").asText()).contains("deadline").contains("runway");
    }
}
