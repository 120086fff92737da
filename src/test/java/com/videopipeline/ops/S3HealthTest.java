package com.videopipeline.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.videopipeline.PipelineTestSupport;
import com.videopipeline.TestSecrets;
import com.videopipeline.s3.S3TestServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * S3 against S3Proxy in this JVM: health UP while the bucket answers, OUT_OF_SERVICE while the store is down (and
 * readiness still answers 200), DOWN while the bucket is missing (and readiness answers 503), UP again after; and
 * uploads counted in pipeline_deliveries_total.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability(tracing = false)
class S3HealthTest {

    private static final String KEY = TestSecrets.TEST_API_KEY;
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final S3TestServer SERVER = S3TestServer.inMemoryWithBucket("reels");
    private static final S3Client CLIENT = SERVER.client();

    @TempDir
    static Path root;

    @Autowired
    HealthEndpoint health;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        Map<String, Object> settings = new HashMap<>(SERVER.settings());
        settings.put("pipeline.delivery.s3.destination", "s3://reels/clips");
        settings.put("pipeline.ops.probe-every", "100ms");
        settings.put("pipeline.ops.probe-timeout", "2s");
        settings.put("pipeline.api.key", KEY);
        PipelineTestSupport.register(registry, root, settings);
    }

    @AfterAll
    static void stopServer() throws Exception {
        CLIENT.close();
        SERVER.stop();
    }

    @Test
    void shouldFollowTheBucketThroughAnOutageAndAMissingBucket() throws Exception {
        Health up = awaitS3(Status.UP);

        SERVER.stop();
        Health unreachable = awaitS3(Status.OUT_OF_SERVICE);
        OpsClient.Answer readinessWhileUnreachable = readiness();
        SERVER.start();
        CLIENT.deleteBucket(b -> b.bucket("reels"));
        Health missing = awaitS3(Status.DOWN);
        OpsClient.Answer readinessWhileMissing = readiness();
        CLIENT.createBucket(b -> b.bucket("reels"));
        Health back = awaitS3(Status.UP);

        assertThat(up.getDetails()).containsEntry("buckets", Map.of("reels", "bucket reels answered"));
        assertThat(unreachable.getDetails().get("buckets").toString()).contains("bucket reels not reached");
        assertThat(readinessWhileUnreachable.status()).as("retried uploads: still ready").isEqualTo(200);
        assertThat(readinessWhileUnreachable.json().get("status").asText()).isEqualTo("OUT_OF_SERVICE");
        assertThat(missing.getDetails()).containsEntry("buckets", Map.of("reels", "bucket reels does not exist"));
        assertThat(readinessWhileMissing.status()).isEqualTo(503);
        assertThat(back.getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void shouldCountTheUploadsOfADeliveredJob() {
        OpsClient ops = new OpsClient(port, KEY);
        PrometheusText before = ops.scrape();

        OpsClient.Answer submitted = ops.post("/api/batches", """
                [{"id": "reel", "prompt": "a film reel spinning", "seconds": 4}]""");
        await().atMost(WAIT).until(() -> ops.scrape().sum("pipeline_deliveries_total", "target", "s3", "item", "job",
                "outcome", "delivered") - before.sum("pipeline_deliveries_total", "target", "s3", "item", "job",
                "outcome", "delivered"), uploads -> uploads == 1);

        assertThat(submitted.status()).isEqualTo(201);
        assertThat(CLIENT.listObjectsV2(b -> b.bucket("reels")).contents()).anySatisfy(
                object -> assertThat(object.key()).endsWith("/reel.mp4"));
    }

    private Health awaitS3(Status status) {
        return await().atMost(WAIT).until(() -> (Health) health.healthForPath("readiness", "s3"),
                h -> status.equals(h.getStatus()));
    }

    private OpsClient.Answer readiness() {
        return new OpsClient(port, KEY).getAnonymously("/actuator/health/readiness");
    }
}
