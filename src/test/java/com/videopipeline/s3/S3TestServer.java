package com.videopipeline.s3;

import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.blobstore.BlobStore;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;
import org.springframework.test.util.TestSocketUtils;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * An S3-compatible server (S3Proxy) on a loopback port, in this JVM, that can be stopped and started again on the
 * same port with the same objects. The pipeline finds its credentials through the AWS default chain (system
 * properties), as it would in production; the test's own client uses them directly.
 */
public final class S3TestServer {

    static final String ACCESS_KEY = "test-access";
    static final String SECRET_KEY = "test-secret";

    private final BlobStore store;
    private final int port = TestSocketUtils.findAvailableTcpPort();
    private S3Proxy proxy;

    public S3TestServer(BlobStore store) {
        this.store = store;
        System.setProperty("aws.accessKeyId", ACCESS_KEY);
        System.setProperty("aws.secretAccessKey", SECRET_KEY);
    }

    /** A started server keeping its objects in memory, with {@code bucket} created: for a test class's constants. */
    public static S3TestServer inMemoryWithBucket(String bucket) {
        S3TestServer server = new S3TestServer(new TransientNio2BlobStore());
        try {
            server.start();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        try (S3Client client = server.client()) {
            client.createBucket(b -> b.bucket(bucket));
        }
        return server;
    }

    public S3TestServer start() throws Exception {
        proxy = S3Proxy.builder().blobStore(store).endpoint(endpoint())
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY).build();
        proxy.start();
        await().atMost(Duration.ofSeconds(10)).until(() -> "STARTED".equals(proxy.getState()));
        return this;
    }

    public void stop() throws Exception {
        proxy.stop();
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + port);
    }

    public S3Client client() {
        return S3Client.builder().endpointOverride(endpoint()).forcePathStyle(true).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
                .build();
    }

    /** The pipeline settings that point the S3 target at this server. */
    public Map<String, Object> settings() {
        return Map.of("pipeline.delivery.s3.enabled", "true",
                "pipeline.delivery.s3.endpoint", endpoint().toString(),
                "pipeline.delivery.s3.path-style", "true",
                "pipeline.delivery.s3.tick-millis", "100",
                "pipeline.delivery.s3.retry-delay", "200ms",
                "pipeline.delivery.s3.max-attempts", "50");
    }
}
