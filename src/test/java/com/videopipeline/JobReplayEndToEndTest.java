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
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An operator replays a batch's failed jobs through {@code POST /actuator/jobs/<batch>}: a job the provider refused
 * is submitted again (once), a job whose video the provider made but the download lost is downloaded again, never
 * regenerated; the batch's manifest is written again with the new outcome.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class JobReplayEndToEndTest {

    @TempDir
    static Path root;

    @Autowired
    ProviderSimulator simulator;

    @LocalServerPort
    int port;

    private final ObjectMapper json = new ObjectMapper();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        PipelineTestSupport.register(registry, root);
    }

    @Test
    void shouldResubmitOnlyWhatTheProviderNeverMadeWhenAnOperatorReplaysABatch() throws Exception {
        PipelineTestSupport.drop(root.resolve("inbox"), "replay.jsonl", String.join("\n",
                "{\"id\": \"refused\", \"prompt\": \"a storm [sim:fail=SAFETY.INPUT.TEXT]\", \"seconds\": 4}",
                "{\"id\": \"cut-off\", \"prompt\": \"a calm sea [sim:truncate]\", \"seconds\": 4}", ""));
        Map<String, JsonNode> before = Manifests.jobsById(awaitManifest(m -> true));
        String batch = before.get("refused").get("batch").asText();
        long created = simulator.stats().runway().jobsCreated();

        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/actuator/jobs/" + batch))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        Map<String, JsonNode> after = Manifests.jobsById(awaitManifest(m -> m.toString().contains("\"attempts\":2")));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(json.readTree(answer.body()).get("replayed")).hasSize(2);
        assertThat(after.get("refused").get("attempts").asInt()).as("submitted once more").isEqualTo(2);
        assertThat(after.get("cut-off").get("attempts").asInt()).as("downloaded again, not regenerated").isEqualTo(1);
        assertThat(after.get("cut-off").get("providerJobId").asText())
                .isEqualTo(before.get("cut-off").get("providerJobId").asText());
        assertThat(simulator.stats().runway().jobsCreated()).as("only the refused job was paid for again")
                .isEqualTo(created + 1);
        assertThat(after.get("cut-off").at("/failure/kind").asText()).isEqualTo("DOWNLOAD_FAILED");
    }

    private JsonNode awaitManifest(java.util.function.Predicate<JsonNode> matching) throws IOException {
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            Path manifest = Manifests.find(root, "");
            return manifest != null && matching.test(Manifests.read(manifest));
        });
        return Manifests.read(Manifests.find(root, ""));
    }
}
