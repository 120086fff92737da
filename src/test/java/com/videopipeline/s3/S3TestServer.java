package com.videopipeline.s3;

import static org.awaitility.Awaitility.await;

import com.videopipeline.TestSecrets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * same port with the same objects. The pipeline finds its credentials through the AWS default chain (a shared
 * credentials file, as on a developer's machine), as it would in production; the test's own client uses them
 * directly. Not system properties: test reports record those, and no secret may appear in what the suite writes.
 */
public final class S3TestServer {

    static final String ACCESS_KEY = TestSecrets.S3_ACCESS_KEY;
    static final String SECRET_KEY = TestSecrets.S3_SECRET_KEY;

    private final BlobStore store;
    private final int port = TestSocketUtils.findAvailableTcpPort();
    private S3Proxy proxy;

    public S3TestServer(BlobStore store) {
        this.store = store;
        CredentialsFile.install();
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

    /** One credentials file per JVM: the SDK's default chain reads its profile file once. */
    private static final class CredentialsFile {

        private static final Path FILE = write();

        static void install() {
            System.setProperty("aws.sharedCredentialsFile", FILE.toString());
        }

        private static Path write() {
            try {
                Path file = Files.createTempFile("s3-test-credentials", ".ini");
                file.toFile().deleteOnExit();
                Files.writeString(file, "[default]\naws_access_key_id = " + ACCESS_KEY
                        + "\naws_secret_access_key = " + SECRET_KEY + "\n");
                return file;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
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
