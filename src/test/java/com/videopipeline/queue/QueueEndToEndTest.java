package com.videopipeline.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.videopipeline.Manifests;
import com.videopipeline.PipelineTestSupport;
import com.videopipeline.job.JobState;
import com.videopipeline.job.JobStatusQuery;
import com.videopipeline.simulator.ProviderSimulator;
import com.videopipeline.simulator.SimulatorStats;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.MapMessage;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.AdviceWith;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.jms.artemis.ArtemisProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The queue source end to end, on the embedded broker and the built-in simulator: JSON messages become delivered
 * videos, poison messages go to the dead-letter queue with their reason, a message delivered twice is paid for once,
 * and every job's state changes and the batch's completion are published on video.events.
 */
@SpringBootTest
@ExtendWith(OutputCaptureExtension.class)
// closed after the class: its broker and consumer would otherwise outlive the folder JUnit deletes
@DirtiesContext
class QueueEndToEndTest {

    private static final String FAIL_BEFORE_SEAL = "testFailBeforeSeal";
    private static final String FAIL_ALWAYS = "testFailAlways";

    @TempDir
    static Path root;

    static QueueClient client;

    @Autowired
    JobStatusQuery status;

    @Autowired
    ProviderSimulator simulator;

    @Autowired
    JdbcTemplate ledger;

    @Autowired
    ArtemisProperties artemis;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        PipelineTestSupport.register(registry, root, Map.of("pipeline.queue.redelivery-delay", "100ms",
                "pipeline.queue.max-deliveries", 3, "spring.artemis.embedded.persistent", "true"));
    }

    /** Subscribes to the events before anything happens, and makes the consumer fail where a test asks it to. */
    @BeforeAll
    static void connect(@Autowired ConnectionFactory factory, @Autowired CamelContext camel) throws Exception {
        client = new QueueClient(factory);
        client.subscribeToEvents(factory);
        AdviceWith.adviceWith(camel, "consume-queue", route -> route.weaveById("finish-queue-batch").before()
                .process(exchange -> {
                    org.apache.camel.Message in = exchange.getMessage();
                    boolean first = !in.getHeader("JMSRedelivered", false, Boolean.class);
                    if (in.getHeader(FAIL_ALWAYS) != null || (in.getHeader(FAIL_BEFORE_SEAL) != null && first)) {
                        throw new IllegalStateException("simulated crash before the batch was sealed");
                    }
                }));
    }

    @AfterAll
    static void disconnect() throws JMSException {
        client.close();
    }

    @Test
    void shouldDeliverTheVideoOfAJsonMessageAndPublishItsJobAndBatchEvents() {
        String messageId = client.send("{\"id\": \"boat\", \"prompt\": \"a paper boat on a pond\", \"seconds\": 4}");

        JsonNode completed = awaitEvent(e -> e.path("type").asText().equals("batch.completed")
                && e.path("source").asText().equals("queue message " + messageId));
        String batch = completed.get("batchId").asText();
        assertThat(completed.get("origin").asText()).isEqualTo("queue");
        assertThat(completed.get("delivered").asInt()).isEqualTo(1);
        assertThat(completed.at("/_properties/eventType").asText()).isEqualTo("batch.completed");
        JsonNode manifest = Manifests.read(Path.of(completed.get("manifest").asText()));
        assertThat(manifest.at("/counts/delivered").asInt()).isEqualTo(1);
        assertThat(root.resolve("outbox").resolve(batch).resolve("boat.mp4")).isNotEmptyFile();
        assertThat(status.job(batch, "boat"))
                .hasValueSatisfying(j -> assertThat(j.state()).isEqualTo(JobState.DELIVERED));

        List<JsonNode> jobEvents = client.events().stream().filter(e -> e.path("batchId").asText().equals(batch)
                && e.path("type").asText().equals("job.state-changed")).toList();
        assertThat(jobEvents).extracting(e -> e.get("state").asText()).contains("queued", "submitted", "delivered")
                .doesNotHaveDuplicates().startsWith("queued").last().isEqualTo("delivered");
        JsonNode delivered = jobEvents.get(jobEvents.size() - 1);
        assertThat(delivered.get("jobId").asText()).isEqualTo("boat");
        assertThat(delivered.get("provider").asText()).isNotBlank();
        assertThat(delivered.get("model").asText()).isNotBlank();
        assertThat(delivered.get("time").asText()).isNotBlank();
        assertThat(Path.of(delivered.get("output").asText())).isNotEmptyFile();
        assertThat(delivered.at("/_properties/jobState").asText()).isEqualTo("delivered");
    }

    @Test
    void shouldDeliverTheGoodEntriesOfABatchAndAnswerWithTheBadOnesReason() throws Exception {
        JsonNode reply = client.request("""
                {"name": "spring sale", "requests": [
                  {"id": "kite", "prompt": "a red kite over dunes", "seconds": 4},
                  {"id": "gull", "prompt": "a gull over the harbour", "seconds": 4, "provider": "sora"},
                  {"id": "epic", "prompt": "a very long film", "seconds": 45}]}""");

        String batch = reply.get("batch").asText();
        assertThat(batch).startsWith("spring-sale-");
        assertThat(reply.get("accepted").asInt()).isEqualTo(2);
        assertThat(reply.get("rejected").asInt()).isEqualTo(1);
        assertThat(reply.at("/entries/0/status").asText()).isEqualTo("accepted");
        assertThat(reply.at("/entries/0/job").asText()).isEqualTo("kite");
        assertThat(reply.at("/entries/1/provider").asText()).isEqualTo("sora");
        assertThat(reply.at("/entries/2/status").asText()).isEqualTo("rejected");
        assertThat(reply.at("/entries/2/reason").asText()).contains("45");

        JsonNode manifest = Manifests.await(root, batch, Duration.ofSeconds(30));
        assertThat(manifest.at("/counts/delivered").asInt()).isEqualTo(2);
        assertThat(manifest.at("/counts/rejected").asInt()).isEqualTo(1);
        assertThat(status.batch(batch)).hasValueSatisfying(s -> assertThat(s.delivered()).isEqualTo(2));
    }

    @Test
    void shouldMakeABatchOfRejectionsOfAMessageWithoutAValidEntryRatherThanADeadLetter() throws Exception {
        JsonNode reply = client.request("[{\"seconds\": 4}, \"not an object\"]");

        assertThat(reply.get("accepted").asInt()).isZero();
        assertThat(reply.at("/entries/0/reason").asText()).contains("prompt");
        assertThat(reply.at("/entries/1/reason").asText()).contains("not a request object");
        JsonNode completed = awaitEvent(e -> e.path("type").asText().equals("batch.completed")
                && e.path("batchId").asText().equals(reply.get("batch").asText()));
        assertThat(completed.get("rejected").asInt()).isEqualTo(2);
        assertThat(completed.has("manifest")).as("no job, no manifest").isFalse();
    }

    @Test
    void shouldDeadLetterPoisonMessagesWithTheirReasonAndKeepConsuming(CapturedOutput log) throws Exception {
        client.send(session -> correlated(session.createTextMessage("not json: top-secret-body"), "poison-text"));
        client.send(session -> {
            MapMessage map = session.createMapMessage();
            map.setString("prompt", "a map is not a request");
            return correlated(map, "poison-map");
        });
        client.send(session -> correlated(session.createTextMessage("42"), "poison-number"));

        Message text = client.deadLetter("poison-text");
        assertThat(text.getStringProperty("pipelineError")).contains("not valid JSON");
        assertThat(((TextMessage) text).getText()).as("the body as it arrived").isEqualTo("not json: top-secret-body");
        assertThat(client.deadLetter("poison-map").getStringProperty("pipelineError")).contains("map message");
        assertThat(client.deadLetter("poison-number").getStringProperty("pipelineError"))
                .contains("expected a request object");
        assertThat(log.getAll()).contains("moved to video.requests.DLQ").doesNotContain("top-secret-body");
        JsonNode refusal = client.request("{\"prompt\": ");
        assertThat(refusal.get("error").asText()).as("a requester is told").contains("not valid JSON");
        assertThat(refusal.get("deadLetterQueue").asText()).isEqualTo("video.requests.DLQ");

        JsonNode next = client.request("{\"id\": \"after\", \"prompt\": \"a lantern after a storm\", \"seconds\": 4}");
        assertThat(next.get("accepted").asInt()).as("the consumer goes on after poison").isEqualTo(1);
    }

    @Test
    void shouldMakeOneBatchOfTheSameMessageDeliveredTwice() throws Exception {
        String messageId = QueueClient.sendTwiceUnderOneId(artemis.getEmbedded().getServerId(),
                "[{\"id\": \"twice-a\", \"prompt\": \"a heron in reeds\", \"seconds\": 4},"
                        + " {\"id\": \"twice-b\", \"prompt\": \"a heron taking off\", \"seconds\": 4}]");
        // one consumer takes messages in order: once this one is answered, both copies have been taken in
        client.request("{\"id\": \"marker\", \"prompt\": \"a marker buoy\", \"seconds\": 4}");

        String source = "queue message " + messageId;
        String batch = ledger.queryForObject("SELECT id FROM batch WHERE source_file = ?", String.class, source);
        assertThat(status.batch(batch)).hasValueSatisfying(s -> assertThat(s.total()).isEqualTo(2));
        assertOneBatchPaidOnce(source, batch);
    }

    @Test
    void shouldResumeTheBatchOfAMessageRedeliveredAfterAFailureMidway(CapturedOutput log) throws Exception {
        JsonNode reply = client.request(session -> {
            TextMessage message = session.createTextMessage("{\"name\": \"resumed\", \"requests\": ["
                    + "{\"id\": \"owl\", \"prompt\": \"an owl at dusk\", \"seconds\": 4},"
                    // no id: the one generated must be the same at the redelivery, or the entry would be paid twice
                    + "{\"prompt\": \"a bat at dusk\", \"seconds\": 4}]}");
            message.setBooleanProperty(FAIL_BEFORE_SEAL, true);
            return message;
        });

        assertThat(log.getAll()).contains("rolled back for redelivery: delivery 1 of 3 failed");
        assertThat(reply.get("accepted").asInt()).as("the redelivery found both jobs recorded").isEqualTo(2);
        assertOneBatchPaidOnce("resumed", reply.get("batch").asText());
    }

    @Test
    void shouldDeadLetterAMessageThatFailsEveryDeliveryWithItsLastFailure() throws JMSException {
        client.send(session -> {
            TextMessage message = session.createTextMessage("{\"prompt\": \"a storm that never ends\"}");
            message.setBooleanProperty(FAIL_ALWAYS, true);
            return correlated(message, "always-fails");
        });

        Message dead = client.deadLetter("always-fails");
        assertThat(((TextMessage) dead).getText()).as("the message as it arrived, not what the route made of it")
                .isEqualTo("{\"prompt\": \"a storm that never ends\"}");
        assertThat(dead.getStringProperty("pipelineOriginalMessageId")).startsWith("ID:");
        assertThat(dead.getStringProperty("pipelineError")).isEqualTo(
                "failed 3 deliveries, last: IllegalStateException: simulated crash before the batch was sealed");
    }

    /** One batch from that source, its jobs delivered, and no provider job made twice anywhere. */
    private void assertOneBatchPaidOnce(String source, String batch) {
        assertThat(ledger.queryForObject("SELECT COUNT(*) FROM batch WHERE source_file = ?", Integer.class, source))
                .isEqualTo(1);
        Manifests.await(root, batch, Duration.ofSeconds(30));
        assertThat(status.batch(batch)).hasValueSatisfying(s -> assertThat(s.delivered()).isEqualTo(2));
        await().atMost(Duration.ofSeconds(30)).until(() -> status.openBatches().isEmpty());
        Integer paid = ledger.queryForObject("SELECT COUNT(*) FROM job WHERE provider_job_id IS NOT NULL",
                Integer.class);
        SimulatorStats stats = simulator.stats();
        assertThat(stats.openai().jobsCreated() + stats.runway().jobsCreated()).as("provider jobs made")
                .isEqualTo(paid.longValue());
    }

    private static JsonNode awaitEvent(Predicate<JsonNode> wanted) {
        return await().atMost(Duration.ofSeconds(30)).until(
                () -> client.events().stream().filter(wanted).findFirst().orElse(null), e -> e != null);
    }

    private static Message correlated(Message message, String correlation) throws JMSException {
        message.setJMSCorrelationID(correlation);
        return message;
    }
}
