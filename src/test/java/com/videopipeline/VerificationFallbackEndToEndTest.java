package com.videopipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With {@code pipeline.routing.fallback-on-verification-failure} on, a video of the wrong duration is generated again
 * at another provider, and the manifest keeps the first provider job, the reason and its cost. Requests that named
 * their provider, and jobs every capable provider got wrong, still end FAILED as VERIFICATION_FAILED.
 */
@SpringBootTest
class VerificationFallbackEndToEndTest {

    @TempDir
    static Path root;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        PipelineTestSupport.register(registry, root, Map.of("pipeline.routing.fallback-on-verification-failure", true));
    }

    @BeforeAll
    static void dropJobs() throws IOException {
        // unpinned 8 s requests go to runway first (the default provider); [sim:runway:...] strikes runway only
        PipelineTestSupport.drop(root.resolve("inbox"), "wrong-length.jsonl", String.join("\n",
                "{\"id\": \"moved\", \"prompt\": \"a lake [sim:runway:seconds=2]\", \"seconds\": 8}",
                "{\"id\": \"pinned\", \"prompt\": \"a pond [sim:runway:seconds=2]\", \"provider\": \"runway\","
                        + " \"seconds\": 8}",
                "{\"id\": \"wrong-everywhere\", \"prompt\": \"a sea [sim:seconds=2]\", \"seconds\": 8}",
                ""));
    }

    private static Map<String, JsonNode> jobs() {
        return Manifests.jobsById(Manifests.await(root, "wrong-length-jsonl", Duration.ofSeconds(60)));
    }

    @Test
    void shouldDeliverFromTheFallbackProviderAndKeepTheDiscardedRunwayJobInTheManifest() {
        JsonNode moved = jobs().get("moved");

        assertThat(moved.get("status").asText()).as(moved.toString()).isEqualTo("delivered");
        assertThat(moved.get("provider").asText() + "/" + moved.get("model").asText()).isEqualTo("sora/sora-2");
        assertThat(moved.at("/verification/durationSeconds").asDouble()).isBetween(7.5, 8.5);
        assertThat(moved.get("attempts").asInt()).isEqualTo(2);
        JsonNode discarded = moved.at("/discardedVideos/0");
        assertThat(discarded.get("provider").asText()).isEqualTo("runway");
        assertThat(discarded.get("providerJobId").asText()).isNotBlank()
                .isNotEqualTo(moved.get("providerJobId").asText());
        assertThat(discarded.get("reason").asText()).contains("lasts 2.00 s, 8 s were requested");
        assertThat(discarded.get("fallbackTo").asText()).isEqualTo("sora/sora-2");
        assertThat(discarded.get("costUsd").decimalValue()).isEqualByComparingTo("0.96");
        assertThat(moved.get("actualCostUsd").decimalValue()).as("the bad runway video was paid for too")
                .isEqualByComparingTo("1.76");
        assertThat(moved.has("failure")).isFalse();
    }

    @Test
    void shouldWriteTheFallbackIntoTheDeliveredVideosSidecar() throws IOException {
        JsonNode moved = jobs().get("moved");
        Path batch = Manifests.find(root, "wrong-length-jsonl").getParent();

        JsonNode sidecar = new ObjectMapper().readTree(batch.resolve("moved.json").toFile());

        assertThat(Files.size(batch.resolve("moved.mp4"))).isPositive();
        assertThat(sidecar.get("discardedVideos")).isEqualTo(moved.get("discardedVideos"));
    }

    @Test
    void shouldNotMoveARequestThatNamedItsProvider() {
        JsonNode pinned = jobs().get("pinned");

        assertFailedVerification(pinned, "names its provider or model");
        assertThat(pinned.get("attempts").asInt()).isEqualTo(1);
        assertThat(pinned.at("/discardedVideos/0/provider").asText()).isEqualTo("runway");
        assertThat(pinned.at("/discardedVideos/0").has("fallbackTo")).isFalse();
        assertThat(pinned.get("actualCostUsd").decimalValue()).isEqualByComparingTo("0.96");
    }

    @Test
    void shouldFailWhenTheFallbackProviderGetsItWrongTooWithoutGoingBackToTheFirst() {
        JsonNode job = jobs().get("wrong-everywhere");

        assertFailedVerification(job, "not generated elsewhere");
        assertThat(job.get("attempts").asInt()).isEqualTo(2);
        List<String> providers = new ArrayList<>();
        job.get("discardedVideos").forEach(d -> providers.add(d.get("provider").asText()));
        assertThat(providers).containsExactly("runway", "sora");
    }

    private static void assertFailedVerification(JsonNode job, String messagePart) {
        assertThat(job.get("status").asText()).as(job.toString()).isEqualTo("failed");
        assertThat(job.at("/failure/kind").asText()).isEqualTo("VERIFICATION_FAILED");
        assertThat(job.at("/failure/message").asText()).contains("2.00 s").contains(messagePart);
    }
}
