package com.videopipeline.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.videopipeline.PipelineTestSupport;
import com.videopipeline.TestSecrets;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue #5's promise in one run: a JSON message on the queue, a campaign firing on its cron and a REST submission
 * each end in delivered videos, and all three batches can be followed through the same API.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// the campaign fires every 2 s: its context must not live on, cached, beside the rest of the suite
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class EverySourceEndToEndTest {

    private static final String KEY = TestSecrets.EVERY_SOURCE_API_KEY;
    private static final Duration WAIT = Duration.ofSeconds(40);

    @TempDir
    static Path root;

    @LocalServerPort
    int port;

    @Autowired
    ConnectionFactory broker;

    private final ObjectMapper json = new ObjectMapper();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        PipelineTestSupport.register(registry, root, Map.of("pipeline.api.key", KEY,
                "pipeline.campaigns.dir", root.resolve("campaigns").toString(),
                "pipeline.campaigns.watch-interval", "200ms"));
    }

    @Test
    void shouldDeliverAQueueMessageACampaignFiringAndARestSubmissionAndShowAllThreeThroughTheApi() throws Exception {
        ApiClient api = new ApiClient(port, KEY);
        String queueBatch = sendToQueue("""
                {"name": "from the queue", "requests": [{"id": "kite", "prompt": "a red kite", "seconds": 4}]}""");
        dropCampaign();
        JsonNode posted = api.post("/api/batches", """
                {"name": "from rest", "requests": [{"id": "boat", "prompt": "a paper boat", "seconds": 4}]}""").json();
        String restBatch = posted.get("batch").asText();
        String campaignBatch = await().atMost(WAIT).until(
                () -> api.get("/api/jobs?campaign=every-source").json(), list -> list.get("count").asInt() > 0)
                .at("/jobs/0/batch").asText();

        assertDelivered(api, queueBatch, "kite", "queue");
        assertDelivered(api, restBatch, "boat", "api");
        assertDelivered(api, campaignBatch, "mug", "campaign");
    }

    private void assertDelivered(ApiClient api, String batch, String job, String origin) {
        JsonNode done = await().atMost(WAIT).until(() -> api.get("/api/batches/" + batch).json(),
                b -> b.get("complete").asBoolean());
        assertThat(done.get("origin").asText()).isEqualTo(origin);
        assertThat(done.get("delivered").asInt()).as(batch).isEqualTo(1).isEqualTo(done.get("total").asInt());
        JsonNode view = api.get("/api/jobs/" + batch + "/" + job).json();
        assertThat(view.get("state").asText()).isEqualTo("DELIVERED");
        assertThat(Path.of(view.get("output").asText())).isRegularFile();
    }

    /** Sends with a reply queue: the reply names the batch the message became. */
    private String sendToQueue(String body) throws Exception {
        JmsTemplate jms = new JmsTemplate(broker);
        jms.setReceiveTimeout(WAIT.toMillis());
        Message reply = jms.sendAndReceive("video.requests", session -> session.createTextMessage(body));
        assertThat(reply).as("the queue's reply").isNotNull();
        return json.readTree(((TextMessage) reply).getText()).get("batch").asText();
    }

    /** Written under a hidden name and renamed, as the campaign folder wants it. */
    private static void dropCampaign() throws Exception {
        Path folder = Files.createDirectories(root.resolve("campaigns"));
        Path hidden = folder.resolve(".every-source.yaml");
        Files.writeString(hidden, String.join("\n",
                "name: every-source",
                "schedule:",
                "  cron: \"0/2 * * * * ?\"",
                "prompt: \"a {{product}} on a kitchen table\"",
                "matrix:",
                "  product: [mug]",
                "defaults:",
                "  provider: runway",
                "  seconds: 4",
                ""));
        Files.move(hidden, folder.resolve("every-source.yaml"), StandardCopyOption.ATOMIC_MOVE);
    }
}
