package com.videopipeline.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Random;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/** The uploader against a real S3-compatible server: multipart streaming, verification and idempotence. */
class S3UploaderTest {

    private static final S3TestServer SERVER = new S3TestServer(new TransientNio2BlobStore());
    private static S3Client client;
    private static S3Connection connection;
    private static S3Uploader uploader;

    @TempDir
    Path dir;

    @BeforeAll
    static void startServer() throws Exception {
        SERVER.start();
        client = SERVER.client();
        client.createBucket(b -> b.bucket("videos"));
        connection = new S3Connection(properties(SERVER));
        uploader = new S3Uploader(connection, properties(SERVER));
    }

    @AfterAll
    static void stopServer() throws Exception {
        connection.close();
        client.close();
        SERVER.stop();
    }

    static S3Properties properties(S3TestServer server) {
        return new S3Properties(true, "s3://videos", Map.of(), Map.of(), "{campaign}/{date}/{batch}/{id}.mp4",
                "{campaign}/{date}/{batch}/{file}", "us-east-1", server.endpoint(), true, DataSize.ofMegabytes(5),
                3, Duration.ofMillis(100), 100, 8);
    }

    @Test
    void shouldStreamAFileAboveThePartSizeAsAMultipartUploadWithItsMetadataAndContentIntact() throws Exception {
        Path file = randomFile("big.mp4", 12 * 1024 * 1024 + 17);
        String sha = S3Items.sha256(file);

        assertThat(uploader.upload("videos", "a/big.mp4", file, "video/mp4", Map.of("sha256", sha, "job-id", "big")))
                .isTrue();

        HeadObjectResponse head = client.headObject(b -> b.bucket("videos").key("a/big.mp4"));
        assertThat(head.contentLength()).isEqualTo(Files.size(file));
        assertThat(head.contentType()).isEqualTo("video/mp4");
        assertThat(head.metadata()).containsEntry("sha256", sha).containsEntry("job-id", "big");
        assertThat(head.eTag()).as("a multipart ETag names its part count").endsWith("-3\"");
        assertThat(objectSha256("a/big.mp4")).isEqualTo(sha);
    }

    @Test
    void shouldNotWriteAgainWhenTheKeyAlreadyHoldsTheSameContent() throws Exception {
        Path file = randomFile("small.mp4", 4096);
        Map<String, String> meta = Map.of("sha256", S3Items.sha256(file));

        assertThat(uploader.upload("videos", "a/small.mp4", file, "video/mp4", meta)).isTrue();
        assertThat(uploader.upload("videos", "a/small.mp4", file, "video/mp4", meta)).isFalse();
    }

    @Test
    void shouldLeaveNoObjectWhenTheFileDoesNotMatchItsRecordedSha256() throws Exception {
        Path small = randomFile("changed.mp4", 4096);
        Path big = randomFile("changed-big.mp4", 11 * 1024 * 1024);
        Map<String, String> wrong = Map.of("sha256", "0".repeat(64));

        assertThatThrownBy(() -> uploader.upload("videos", "a/changed.mp4", small, "video/mp4", wrong))
                .isInstanceOf(IOException.class).hasMessageContaining("sha256");
        assertThatThrownBy(() -> uploader.upload("videos", "a/changed-big.mp4", big, "video/mp4", wrong))
                .isInstanceOf(IOException.class).hasMessageContaining("sha256");

        for (String key : new String[] {"a/changed.mp4", "a/changed-big.mp4"}) {
            assertThatThrownBy(() -> client.headObject(b -> b.bucket("videos").key(key)))
                    .isInstanceOf(NoSuchKeyException.class);
        }
        assertThat(client.listMultipartUploads(b -> b.bucket("videos")).uploads()).isEmpty();
    }

    private Path randomFile(String name, int size) throws IOException {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return Files.write(dir.resolve(name), bytes);
    }

    private static String objectSha256(String key) throws IOException {
        MessageDigest digest = PartContent.sha256();
        try (ResponseInputStream<GetObjectResponse> in = client.getObject(b -> b.bucket("videos").key(key));
             DigestInputStream hashing = new DigestInputStream(in, digest)) {
            hashing.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
