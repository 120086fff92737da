package com.videopipeline.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.videopipeline.LampCampaigns;
import com.videopipeline.Manifests;
import com.videopipeline.PipelineTestSupport;
import com.videopipeline.campaign.CampaignRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Drop files delivered to the outbox and to an S3-compatible server running in this JVM: templated keys, metadata,
 * sidecars and manifests in the bucket; a second delivery writes nothing new; an unreachable store loses nothing;
 * campaigns choose S3 by their {@code targets}; sidecars and manifests list each job's deliveries; the start-up
 * repair of a manifest owes the batch's files to S3 too; a request naming a target switched off here is refused.
 */
@SpringBootTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class S3DeliveryEndToEndTest {

    private static final S3TestServer SERVER = S3TestServer.inMemoryWithBucket("videos");
    private static final S3Client CLIENT = SERVER.client();

    @TempDir
    static Path root;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProducerTemplate producer;
    @Autowired
    CampaignRegistry campaigns;
    @Autowired
    ApplicationContext context;

    private final ObjectMapper json = new ObjectMapper();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        Map<String, Object> settings = new HashMap<>(SERVER.settings());
        settings.put("pipeline.delivery.s3.destination", "s3://videos/default");
        settings.put("pipeline.delivery.s3.by-origin.folder", "s3://videos/drops");
        settings.put("pipeline.campaigns.dir", root.resolve("campaigns").toString());
        settings.put("pipeline.campaigns.watch-interval", "200ms");
        PipelineTestSupport.register(registry, root, settings);
    }

    @AfterAll
    static void stopServer() throws Exception {
        CLIENT.close();
        SERVER.stop();
    }

    @Test
    @Order(1)
    void shouldPutEachVideoWithMetadataAndSidecarAtItsTemplatedKeyAndTheManifestBesideThem() throws Exception {
        PipelineTestSupport.drop(root.resolve("inbox"), "shots.jsonl",
                "{\"id\": \"s3-one\", \"prompt\": \"A red kite over a beach\", \"seconds\": 4}\n"
                        + "{\"id\": \"s3-two\", \"prompt\": \"A lighthouse at dusk\", \"seconds\": 4}\n");
        String batch = awaitDeliveredToS3("shots-jsonl", 3);
        String date = jdbc.queryForObject("SELECT received_at FROM batch WHERE id = ?", java.sql.Timestamp.class, batch)
                .toInstant().toString().substring(0, 10);
        String prefix = "drops/folder/" + date + "/" + batch + "/";

        List<String> expected = new java.util.ArrayList<>(List.of(prefix + "s3-one.mp4", prefix + "s3-one.json",
                prefix + "s3-two.mp4", prefix + "s3-two.json", prefix + "manifest.json"));
        for (String report : List.of("report.csv", "report.html")) {
            if (Files.exists(root.resolve("outbox").resolve(batch).resolve(report))) {
                expected.add(prefix + report);
            }
        }
        assertThat(keys(prefix)).containsExactlyInAnyOrderElementsOf(expected);
        for (String id : List.of("s3-one", "s3-two")) {
            JsonNode sidecar = json.readTree(root.resolve("outbox").resolve(batch).resolve(id + ".json").toFile());
            HeadObjectResponse head = CLIENT.headObject(b -> b.bucket("videos").key(prefix + id + ".mp4"));
            assertThat(head.contentType()).isEqualTo("video/mp4");
            assertThat(head.contentLength()).isEqualTo(sidecar.get("bytes").asLong());
            assertThat(head.metadata()).containsEntry("sha256", sidecar.get("sha256").asText())
                    .containsEntry("job-id", id).containsEntry("provider", sidecar.get("provider").asText())
                    .containsEntry("model", sidecar.get("model").asText()).containsKey("prompt-sha256");
        }
        assertThat(locations(batch)).contains("s3://videos/" + prefix + "s3-one.mp4",
                "s3://videos/" + prefix + "manifest.json");
    }

    @Test
    @Order(2)
    void shouldWriteNoSecondObjectWhenDeliveringAgainAfterACrash() {
        String batch = Manifests.find(root, "shots-jsonl").getParent().getFileName().toString();
        List<String> before = CLIENT.listObjectsV2(b -> b.bucket("videos")).contents().stream()
                .map(o -> o.key() + " " + o.eTag() + " " + o.lastModified()).toList();

        // as if the service stopped after uploading but before the ledger recorded it
        jdbc.update("UPDATE delivery_target SET state = 'PENDING', location = NULL WHERE batch_id = ?"
                + " AND target = 's3'", batch);
        await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.queryForObject("SELECT COUNT(*) FROM delivery_target"
                + " WHERE batch_id = ? AND target = 's3' AND state = 'DELIVERED' AND attempts = 2", Integer.class,
                batch) == 3);

        List<String> after = CLIENT.listObjectsV2(b -> b.bucket("videos")).contents().stream()
                .map(o -> o.key() + " " + o.eTag() + " " + o.lastModified()).toList();
        assertThat(after).isEqualTo(before);
    }

    @Test
    @Order(3)
    void shouldKeepTheOutboxDeliveryAndRetryS3UntilTheStoreIsBack() throws Exception {
        SERVER.stop();
        PipelineTestSupport.drop(root.resolve("inbox"), "later.jsonl",
                "{\"id\": \"s3-later\", \"prompt\": \"A paper boat on a pond\", \"seconds\": 4}\n");
        Manifests.await(root, "later-jsonl", Duration.ofSeconds(20));
        Path manifest = Manifests.find(root, "later-jsonl");
        String batch = manifest.getParent().getFileName().toString();
        assertThat(manifest.resolveSibling("s3-later.mp4")).exists();
        await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.queryForObject("SELECT COUNT(*) FROM delivery_target"
                + " WHERE batch_id = ? AND target = 's3' AND state = 'PENDING' AND attempts >= 2"
                + " AND last_error IS NOT NULL",
                Integer.class, batch) == 2);

        SERVER.start();
        awaitDeliveredToS3("later-jsonl", 2);
        assertThat(locations(batch)).anyMatch(l -> l.endsWith("/" + batch + "/s3-later.mp4"));
    }

    @Test
    @Order(4)
    void shouldUploadACampaignsBatchOnlyWhenItsFileListsS3AsATarget() throws Exception {
        String outboxOnly = runCampaign("outbox-only", "[outbox]");
        String toBucket = runCampaign("to-bucket", "[outbox, s3]");

        awaitDeliveredToS3(toBucket, 2);
        assertThat(keys("default/to-bucket/")).anyMatch(k -> k.endsWith("/" + toBucket + "/lamp.mp4"))
                .anyMatch(k -> k.endsWith("/" + toBucket + "/manifest.json"));
        assertThat(jdbc.queryForList("SELECT target FROM delivery_target WHERE batch_id = ?", String.class,
                outboxOnly)).containsExactly("outbox");
        assertThat(keys("default/outbox-only/")).isEmpty();
    }

    @Test
    @Order(5)
    void shouldListEachJobsDeliveriesPerTargetInItsSidecarAndTheManifest() throws Exception {
        Path manifest = Manifests.find(root, "campaign-to-bucket-");
        JsonNode sidecar = json.readTree(manifest.resolveSibling("lamp.json").toFile());
        JsonNode listed = Manifests.jobsById(Manifests.read(manifest)).get("lamp").get("deliveries");
        JsonNode outboxOnly = Manifests.jobsById(Manifests.read(Manifests.find(root, "campaign-outbox-only-")))
                .get("lamp").get("deliveries");

        // written before the upload: the sidecar can only say S3 is still to come
        assertThat(sidecar.at("/deliveries/0/target").asText()).isEqualTo("outbox");
        assertThat(sidecar.at("/deliveries/0/state").asText()).isEqualTo("DELIVERED");
        assertThat(sidecar.at("/deliveries/0/location").asText()).endsWith("lamp.mp4");
        assertThat(sidecar.at("/deliveries/1/target").asText()).isEqualTo("s3");
        assertThat(sidecar.at("/deliveries/1/state").asText()).isEqualTo("PENDING");
        assertThat(listed.findValuesAsText("target")).containsExactly("outbox", "s3");
        assertThat(listed.get(1).get("state").asText()).isIn("PENDING", "DELIVERED");
        assertThat(outboxOnly.findValuesAsText("target")).containsExactly("outbox");
    }

    @Test
    @Order(6)
    void shouldOweARepairedBatchsFilesToS3AsACompletedOneIs() throws Exception {
        String batch = Manifests.find(root, "later-jsonl").getParent().getFileName().toString();
        // as if the service stopped after the batch completed but before its manifest was written and owed
        jdbc.update("UPDATE batch SET manifest_path = NULL WHERE id = ?", batch);
        jdbc.update("DELETE FROM delivery_target WHERE batch_id = ? AND kind = 'BATCH'", batch);

        context.getBean("manifestRepair", InitializingBean.class).afterPropertiesSet();

        await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.queryForList("SELECT state FROM delivery_target"
                + " WHERE batch_id = ? AND kind = 'BATCH'", String.class, batch), s -> s.equals(List.of("DELIVERED")));
        assertThat(locations(batch)).anyMatch(l -> l.endsWith("/" + batch + "/manifest.json"));
    }

    @Test
    @Order(7)
    void shouldRefuseARequestNamingATargetThatIsSwitchedOffAndDeliverTheOthers() throws Exception {
        PipelineTestSupport.drop(root.resolve("inbox"), "asks-mail.jsonl",
                "{\"id\": \"mail-me\", \"prompt\": \"A kite\", \"seconds\": 4, \"targets\": [\"email\"]}\n"
                        + "{\"id\": \"bucket-me\", \"prompt\": \"A kite\", \"seconds\": 4, \"targets\": \"s3\"}\n");
        String batch = awaitDeliveredToS3("asks-mail-jsonl", 2);

        Map<String, JsonNode> jobs = Manifests.jobsById(Manifests.read(Manifests.find(root, "asks-mail-jsonl")));
        assertThat(jobs.get("mail-me").get("status").asText()).isEqualTo("rejected");
        assertThat(jobs.get("mail-me").at("/failure/message").asText())
                .isEqualTo("targets: email is not enabled here (pipeline.delivery.email.enabled is false)");
        assertThat(jobs.get("bucket-me").get("status").asText()).isEqualTo("delivered");
        assertThat(jdbc.queryForList("SELECT item FROM delivery_target WHERE batch_id = ? AND kind = 'JOB'",
                String.class, batch)).containsOnly("bucket-me");
    }

    private String runCampaign(String name, String targets) throws Exception {
        return LampCampaigns.run(root, campaigns, producer, name, targets);
    }

    private String awaitDeliveredToS3(String batchPrefix, int items) {
        Path manifest = await().atMost(Duration.ofSeconds(25)).until(() -> Manifests.find(root, batchPrefix),
                m -> m != null);
        String batch = manifest.getParent().getFileName().toString();
        await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.queryForObject("SELECT COUNT(*) FROM delivery_target"
                + " WHERE batch_id = ? AND target = 's3' AND state = 'DELIVERED'", Integer.class, batch) == items);
        return batch;
    }

    private List<String> locations(String batch) {
        return jdbc.queryForList("SELECT location FROM delivery_target WHERE batch_id = ?", String.class, batch);
    }

    private static List<String> keys(String prefix) {
        return CLIENT.listObjectsV2(b -> b.bucket("videos").prefix(prefix)).contents().stream().map(S3Object::key)
                .toList();
    }
}
