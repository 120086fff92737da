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

/** An identical request delivered recently is a cache hit: copied, marked cached, and no provider call is made. */
@SpringBootTest
class ResultCacheEndToEndTest {

    @TempDir
    static Path root;

    @Autowired
    ProviderSimulator simulator;

    private final ObjectMapper json = new ObjectMapper();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        PipelineTestSupport.register(registry, root);
    }

    @Test
    void shouldServeAnIdenticalRequestFromTheCacheWithoutCallingTheProvider() throws Exception {
        Path inbox = root.resolve("inbox");
        PipelineTestSupport.drop(inbox, "first.jsonl", "{\"id\": \"original\", \"prompt\": \"A kite over dunes\", \"seconds\": 4}\n");
        JsonNode first = Manifests.await(root, "first-jsonl", Duration.ofSeconds(60));
        long created = simulator.stats().runway().jobsCreated();

        PipelineTestSupport.drop(inbox, "second.jsonl", String.join("\n",
                "{\"id\": \"again\", \"prompt\": \"  a kite   over DUNES \", \"seconds\": 4}",
                "{\"id\": \"fresh\", \"prompt\": \"A kite over dunes\", \"seconds\": 4, \"cache\": false}", ""));
        Map<String, JsonNode> jobs = Manifests.jobsById(Manifests.await(root, "second-jsonl", Duration.ofSeconds(60)));

        assertThat(jobs.get("again").get("cached").asBoolean()).isTrue();
        assertThat(jobs.get("again").get("cachedFrom").asText()).isEqualTo(first.get("batch").asText() + "/original");
        assertThat(jobs.get("again").get("estimatedCostUsd").decimalValue()).isZero();
        assertThat(jobs.get("again").get("actualCostUsd").decimalValue()).isZero();
        assertThat(jobs.get("again").get("sha256").asText()).isEqualTo(first.at("/jobs/0/sha256").asText());
        assertThat(jobs.get("fresh").has("cached")).as("cache: false makes a new video").isFalse();
        assertThat(simulator.stats().runway().jobsCreated()).as("only the opted-out line was paid for")
                .isEqualTo(created + 1);
        Path copy = root.resolve("outbox").resolve(jobs.get("again").get("batch").asText()).resolve("again.mp4");
        assertThat(Files.size(copy)).isEqualTo(jobs.get("again").get("bytes").asLong());
    }
}
