package com.videopipeline.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.videopipeline.LampCampaigns;
import com.videopipeline.Manifests;
import com.videopipeline.PipelineTestSupport;
import com.videopipeline.TestSecrets;
import com.videopipeline.campaign.CampaignRegistry;
import com.videopipeline.s3.S3TestServer;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.Message;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.util.TestSocketUtils;

/**
 * Targets chosen per request, per submission (REST API body, queue message), per campaign file and per origin, each
 * job delivered to exactly its targets: S3Proxy and GreenMail (an SMTP server that asks for no login) in this JVM.
 * The digest lists only the jobs that go to email, attaches videos up to the mail's total limit and links the rest,
 * and {@code GET /api/batches/<batch>} shows each target's live state.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DeliveryTargetsEndToEndTest {

    private static final String KEY = TestSecrets.TARGETS_API_KEY;
    /** Above one 4 s simulator video (about 1.7 MB), below two. */
    private static final long TOTAL_MAX = 2_500_000;
    private static final Duration WAIT = Duration.ofSeconds(40);

    private static final GreenMail SMTP = new GreenMail(
            new ServerSetup(TestSocketUtils.findAvailableTcpPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    private static final S3TestServer S3 = S3TestServer.inMemoryWithBucket("videos");

    @TempDir
    static Path root;

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ConnectionFactory jmsConnections;
    @Autowired
    ProducerTemplate producer;
    @Autowired
    CampaignRegistry campaigns;

    private final ObjectMapper json = new ObjectMapper();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws Exception {
        SMTP.start();
        Map<String, Object> settings = new HashMap<>(S3.settings());
        settings.put("pipeline.delivery.targets.default", "outbox");
        settings.put("pipeline.delivery.targets.by-origin.folder", "outbox,s3");
        settings.put("pipeline.delivery.email.enabled", "true");
        settings.put("pipeline.delivery.email.host", "127.0.0.1");
        settings.put("pipeline.delivery.email.port", String.valueOf(SMTP.getSmtp().getPort()));
        settings.put("pipeline.delivery.email.from", "pipeline@example.com");
        settings.put("pipeline.delivery.email.recipients", "team@example.com");
        settings.put("pipeline.delivery.email.attach-total-max-bytes", TOTAL_MAX + "B");
        settings.put("pipeline.delivery.email.tick-millis", "100");
        settings.put("pipeline.api.key", KEY);
        settings.put("pipeline.campaigns.dir", root.resolve("campaigns").toString());
        settings.put("pipeline.campaigns.watch-interval", "200ms");
        PipelineTestSupport.register(registry, root, settings);
    }

    @AfterAll
    static void stopServers() throws Exception {
        SMTP.stop();
        S3.stop();
    }

    @Test
    void shouldSendEachJobOfADropFileWhereItsRequestOrElseItsOriginSays() throws Exception {
        PipelineTestSupport.drop(root.resolve("inbox"), "mixed.jsonl", String.join("\n",
                line("plain", "a lighthouse at dusk", ""),
                line("mailed", "a red kite over a beach", ", \"targets\": [\"email\"]"),
                line("both", "a paper boat on a pond", ", \"targets\": \"s3,email\""), ""));
        String batch = batchOf(Manifests.await(root, "mixed-jsonl", WAIT));
        MimeMessage digest = awaitDigest(batch);

        assertThat(jobs(batch, "s3")).containsExactlyInAnyOrder("plain", "both");
        assertThat(chosen(batch)).containsExactly("outbox,s3", "origin");
        JsonNode sidecar = json.readTree(root.resolve("outbox").resolve(batch).resolve("both.json").toFile());
        assertThat(sidecar.get("deliveries").findValuesAsText("target")).containsExactly("outbox", "s3");
        assertThat(sidecar.at("/request/targets").toString()).isEqualTo("[\"s3\",\"email\"]");
        String text = text(digest);
        assertThat(text).contains("- mailed [delivered]", "- both [delivered]").doesNotContain("- plain [")
                .contains("1 other job(s) of this batch are not listed");
        // "both" is in S3: its link is presigned; "mailed" is not: its link is the outbox file
        assertThat(text).containsPattern("http://127\\.0\\.0\\.1:\\d+/videos/\\S+/both\\.mp4\\?\\S*X-Amz-Signature")
                .contains(root.resolve("outbox").resolve(batch).resolve("mailed.mp4").toAbsolutePath().toString());
        assertTotalAttachmentLimit(digest, text, batch);
    }

    @Test
    void shouldSendAnApiBatchWhereItsSubmissionSaysAndShowEachTargetsLiveState() throws Exception {
        HttpResponse<String> answer = post("""
                {"name": "targeted", "targets": ["outbox", "email"], "requests": [
                  {"id": "x", "prompt": "a windmill in a field", "provider": "sora", "seconds": 4},
                  {"id": "y", "prompt": "a tram in the rain", "provider": "sora", "seconds": 4, "targets": ["s3"]}]}
                """);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        String batch = json.readTree(answer.body()).get("batch").asText();
        MimeMessage digest = awaitDigest(batch);
        await().atMost(WAIT).until(() -> jobs(batch, "s3").contains("y") && batchRow(batch, "s3") != null);

        assertThat(chosen(batch)).containsExactly("outbox,email", "batch");
        assertThat(jobs(batch, "s3")).containsExactly("y");
        assertThat(text(digest)).contains("- x [delivered]").doesNotContain("- y [");
        JsonNode deliveries = json.readTree(get("/api/batches/" + batch).body()).get("deliveries");
        assertThat(deliveries.findValuesAsText("target")).containsExactly("outbox", "s3", "email");
        assertThat(deliveries.get(0).get("delivered").asInt()).isEqualTo(2);
        assertThat(deliveries.get(1).get("delivered").asInt()).as("y, then the batch's files").isEqualTo(2);
        assertThat(deliveries.get(2).get("delivered").asInt()).as("the digest").isEqualTo(1);
        assertThat(deliveries.findValues("undelivered")).allMatch(JsonNode::isEmpty);

        HttpResponse<String> plain = post("{\"name\": \"untargeted\", \"requests\": [{\"id\": \"z\","
                + " \"prompt\": \"a windmill at night\", \"provider\": \"sora\", \"seconds\": 4}]}");
        String other = json.readTree(plain.body()).get("batch").asText();
        Manifests.await(root, other, WAIT);
        assertThat(chosen(other)).as("no origin setting for api: the default").containsExactly("outbox", "default");
    }

    @Test
    void shouldRefuseASubmissionNamingAnUnknownTargetAndMakeNoBatch() throws Exception {
        HttpResponse<String> answer = post("""
                {"name": "pigeons", "targets": ["outbox", "pigeon"], "requests": [
                  {"id": "p", "prompt": "a pigeon on a roof", "seconds": 4}]}
                """);

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("targets: unknown target 'pigeon' (known: outbox, s3, email)");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM batch WHERE source_file = 'pigeons'", Integer.class))
                .isZero();
    }

    @Test
    void shouldSendAQueuedBatchWhereItsMessageSaysAndDeadLetterOneNamingAnUnknownTarget() throws Exception {
        JmsTemplate jms = new JmsTemplate(jmsConnections);
        jms.setReceiveTimeout(WAIT.toMillis());
        jms.send("video.requests", s -> s.createTextMessage("""
                {"name": "queued", "targets": "email", "requests": [
                  {"id": "q", "prompt": "a heron in reeds", "provider": "sora", "seconds": 4}]}"""));
        jms.send("video.requests", s -> s.createTextMessage("""
                {"name": "refused", "targets": ["carrier-pigeon"], "requests": [
                  {"id": "r", "prompt": "a heron in reeds", "seconds": 4}]}"""));

        String batch = batchOf(Manifests.await(root, "queued", WAIT));
        assertThat(text(awaitDigest(batch))).contains("- q [delivered]");
        assertThat(chosen(batch)).containsExactly("outbox,email", "batch");
        Message dead = jms.receive("video.requests.DLQ");
        assertThat(dead).isNotNull();
        assertThat(dead.getStringProperty("pipelineError")).contains("targets: unknown target 'carrier-pigeon'");
    }

    @Test
    void shouldLetACampaignFileDecideTheDigestToo() throws Exception {
        String mailed = runCampaign("mailed-campaign", "[outbox, email]");
        String quiet = runCampaign("quiet-campaign", "[outbox]");

        assertThat(text(awaitDigest(mailed))).contains("- lamp [delivered]");
        assertThat(chosen(mailed)).containsExactly("outbox,email", "campaign");
        assertThat(chosen(quiet)).containsExactly("outbox", "campaign");
        assertThat(jdbc.queryForList("SELECT DISTINCT target FROM delivery_target WHERE batch_id = ?", String.class,
                quiet)).containsExactly("outbox");
        assertThat(digests(quiet)).isEmpty();
    }

    /** One attachment fits the mail's total, the next is linked, and the mail says so. */
    private void assertTotalAttachmentLimit(MimeMessage digest, String text, String batch) throws Exception {
        Path dir = root.resolve("outbox").resolve(batch);
        long mailed = Files.size(dir.resolve("mailed.mp4"));
        long both = Files.size(dir.resolve("both.mp4"));
        assertThat(mailed).as("precondition: each fits alone, both do not").isLessThan(TOTAL_MAX);
        assertThat(both).isLessThan(TOTAL_MAX);
        assertThat(mailed + both).isGreaterThan(TOTAL_MAX);

        assertThat(attachments(digest)).containsExactly("mailed.mp4");
        assertThat(text).contains("1 video(s) linked rather than attached: this mail attaches at most 10MB a video"
                + " (attach-max-bytes), " + TOTAL_MAX + "B in all (attach-total-max-bytes)")
                .contains("linked, not attached: the mail's attachments would pass attach-total-max-bytes");
    }

    private String runCampaign(String name, String targets) throws Exception {
        return LampCampaigns.run(root, campaigns, producer, name, targets);
    }

    private static String line(String id, String prompt, String more) {
        return "{\"id\": \"" + id + "\", \"prompt\": \"" + prompt + "\", \"provider\": \"sora\", \"seconds\": 4"
                + more + "}";
    }

    private static String batchOf(JsonNode manifest) {
        return manifest.get("batch").asText();
    }

    private List<String> jobs(String batch, String target) {
        return jdbc.queryForList("SELECT item FROM delivery_target WHERE batch_id = ? AND target = ? AND kind = 'JOB'"
                + " AND state = 'DELIVERED'", String.class, batch, target);
    }

    private String batchRow(String batch, String target) {
        return jdbc.queryForList("SELECT state FROM delivery_target WHERE batch_id = ? AND target = ? AND kind ="
                + " 'BATCH' AND state = 'DELIVERED'", String.class, batch, target).stream().findFirst().orElse(null);
    }

    private List<String> chosen(String batch) {
        return jdbc.queryForList("SELECT targets, decided_by FROM batch_targets WHERE batch_id = ?", batch).stream()
                .flatMap(row -> java.util.stream.Stream.of((String) row.get("TARGETS"), (String) row.get("DECIDED_BY")))
                .toList();
    }

    private static MimeMessage awaitDigest(String batch) {
        return await().atMost(WAIT).until(() -> digests(batch), d -> !d.isEmpty()).get(0);
    }

    private static List<MimeMessage> digests(String batch) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> subject(m).startsWith("Batch " + batch + ":"))
                .toList();
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The plain text: multipart/mixed, then related, then alternative, whose first part it is. */
    private static String text(MimeMessage mail) throws Exception {
        Multipart related = (Multipart) ((Multipart) mail.getContent()).getBodyPart(0).getContent();
        Multipart alternative = (Multipart) related.getBodyPart(0).getContent();
        return (String) alternative.getBodyPart(0).getContent();
    }

    private static List<String> attachments(MimeMessage mail) throws Exception {
        Multipart mixed = (Multipart) mail.getContent();
        List<String> names = new ArrayList<>();
        for (int i = 1; i < mixed.getCount(); i++) {
            names.add(mixed.getBodyPart(i).getFileName());
        }
        return names;
    }

    private HttpResponse<String> post(String body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/api/batches")).header("Content-Type", "application/json").header("X-API-Key", KEY)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("X-API-Key", KEY).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
