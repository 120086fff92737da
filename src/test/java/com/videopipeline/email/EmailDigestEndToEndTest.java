package com.videopipeline.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.videopipeline.Manifests;
import com.videopipeline.PipelineTestSupport;
import com.videopipeline.TestSecrets;
import com.videopipeline.s3.S3TestServer;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.util.TestSocketUtils;

/**
 * A drop file delivered to the outbox and S3 ends with exactly one digest mail at a real SMTP server (GreenMail, on
 * a loopback port in this JVM): its MIME tree, inline images referenced by Content-ID, presigned links that
 * download the video, small videos attached, failures with their reasons, and the SMTP password nowhere in the log.
 */
@SpringBootTest
@ExtendWith(OutputCaptureExtension.class)
class EmailDigestEndToEndTest {

    static final String PASSWORD = TestSecrets.DIGEST_SMTP_PASSWORD;
    /** Between the simulator's 4 s Sora video (about 1.7 MB) and its 5 s Runway video (about 2.2 MB). */
    static final long ATTACH_MAX = 2_000_000;
    private static final String HOSTILE = "a <b>bold</b> & \"quoted\" <script>x</script> sunrise";

    private static final GreenMail SMTP = new GreenMail(
            new ServerSetup(TestSocketUtils.findAvailableTcpPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    private static final S3TestServer S3 = S3TestServer.inMemoryWithBucket("videos");

    @TempDir
    static Path root;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws Exception {
        SMTP.start();
        SMTP.setUser("digest@localhost", "digest", PASSWORD);
        Map<String, Object> settings = new HashMap<>(S3.settings());
        settings.put("pipeline.delivery.email.enabled", "true");
        settings.put("pipeline.delivery.email.host", "127.0.0.1");
        settings.put("pipeline.delivery.email.port", String.valueOf(SMTP.getSmtp().getPort()));
        settings.put("pipeline.delivery.email.username", "digest");
        settings.put("pipeline.delivery.email.password", PASSWORD);
        settings.put("pipeline.delivery.email.from", "pipeline@example.com");
        settings.put("pipeline.delivery.email.recipients", "team@example.com");
        settings.put("pipeline.delivery.email.by-origin.folder", "drops@example.com,editor@example.com");
        settings.put("pipeline.delivery.email.attach-max-bytes", ATTACH_MAX + "B");
        settings.put("pipeline.delivery.email.link-expiry", "2h");
        settings.put("pipeline.delivery.email.tick-millis", "100");
        PipelineTestSupport.register(registry, root, settings);
    }

    @BeforeAll
    static void dropMixedBatch() throws IOException {
        PipelineTestSupport.drop(root.resolve("inbox"), "digest.jsonl", String.join("\n",
                "{\"id\": \"from-runway\", \"prompt\": \"" + HOSTILE.replace("\"", "\\\"")
                        + "\", \"provider\": \"runway\", \"seconds\": 5}",
                "{\"id\": \"from-sora\", \"prompt\": \"a calm lake at dawn\", \"provider\": \"sora\", \"seconds\": 4}",
                "{\"id\": \"refused\", \"prompt\": \"a protest [sim:fail=SAFETY.INPUT.TEXT]\", \"provider\": \"runway\","
                        + " \"seconds\": 5}",
                ""));
    }

    @AfterAll
    static void stopServers() throws Exception {
        SMTP.stop();
        S3.stop();
    }

    @Test
    void shouldSendOneDigestWithTextHtmlInlineImagesLinksAttachmentsAndFailures(CapturedOutput log) throws Exception {
        Path dir = awaitBatch();
        MimeMessage mail = awaitOneDigest();

        assertThat(addresses(mail)).containsExactlyInAnyOrder("drops@example.com", "editor@example.com");
        assertThat(mail.getSubject()).contains("2 delivered, 1 failed");
        assertThat(structure(mail)).startsWith("multipart/mixed[multipart/related[multipart/alternative[text/plain,"
                + "text/html],image/");

        Multipart related = (Multipart) ((Multipart) mail.getContent()).getBodyPart(0).getContent();
        Multipart alternative = (Multipart) related.getBodyPart(0).getContent();
        String text = (String) alternative.getBodyPart(0).getContent();
        String html = (String) alternative.getBodyPart(1).getContent();
        assertThat(text).contains("3 lines: 2 delivered, 1 failed", HOSTILE, "SAFETY.INPUT.TEXT");
        assertThat(html).contains("SAFETY.INPUT.TEXT", "&lt;script&gt;").doesNotContain("<script>");

        List<String> cids = new ArrayList<>();
        for (int i = 1; i < related.getCount(); i++) {
            BodyPart image = related.getBodyPart(i);
            assertThat(image.getDisposition()).isEqualTo(Part.INLINE);
            String cid = image.getHeader("Content-ID")[0].replaceAll("[<>]", "");
            assertThat(html).contains("src=\"cid:" + cid + "\"");
            cids.add(cid);
        }
        assertThat(cids).containsExactlyInAnyOrder("from-runway.image@video-pipeline", "from-sora.image@video-pipeline");
        assertAttachedOnlyUnderTheLimit(mail, dir);
        assertLinksArePresignedAndDownloadTheVideo(text, dir);
        assertThat(log.getAll()).doesNotContain(PASSWORD);
    }

    private static void assertAttachedOnlyUnderTheLimit(MimeMessage mail, Path dir) throws Exception {
        Multipart mixed = (Multipart) mail.getContent();
        List<String> attached = new ArrayList<>();
        for (int i = 1; i < mixed.getCount(); i++) {
            assertThat(mixed.getBodyPart(i).getContentType()).startsWith("video/mp4");
            assertThat(mixed.getBodyPart(i).getDisposition()).isEqualTo(Part.ATTACHMENT);
            attached.add(mixed.getBodyPart(i).getFileName());
        }
        List<String> expected = new ArrayList<>();
        for (String id : List.of("from-runway", "from-sora")) {
            if (Files.size(dir.resolve(id + ".mp4")) <= ATTACH_MAX) {
                expected.add(id + ".mp4");
            }
        }
        assertThat(expected).as("one video under the limit, one over").hasSize(1);
        assertThat(attached).containsExactlyInAnyOrderElementsOf(expected);
    }

    private static void assertLinksArePresignedAndDownloadTheVideo(String text, Path dir) throws Exception {
        Matcher link = Pattern.compile("(http://127\\.0\\.0\\.1:\\d+/videos/\\S+/from-sora\\.mp4\\?\\S+)").matcher(text);
        assertThat(link.find()).as("a presigned link in %s", text).isTrue();
        assertThat(link.group(1)).contains("X-Amz-Expires=7200");
        HttpResponse<byte[]> got = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(link.group(1)))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(got.statusCode()).isEqualTo(200);
        assertThat(got.body()).isEqualTo(Files.readAllBytes(dir.resolve("from-sora.mp4")));
    }

    private static MimeMessage awaitOneDigest() throws Exception {
        await().atMost(Duration.ofSeconds(30)).until(() -> SMTP.getReceivedMessages().length >= 2);
        MimeMessage[] received = SMTP.getReceivedMessages(); // one copy per recipient's mailbox
        assertThat(Arrays.stream(received).map(EmailDigestEndToEndTest::messageId).distinct()).hasSize(1);
        return received[0];
    }

    private static Path awaitBatch() {
        Manifests.await(root, "digest-jsonl", Duration.ofSeconds(40));
        return batchDir();
    }

    private static Path batchDir() {
        return Manifests.find(root, "digest-jsonl").getParent();
    }

    /** The MIME tree as {@code type[child,child]}, parameters dropped. */
    static String structure(Part part) throws Exception {
        String type = part.getContentType().split(";")[0].trim().toLowerCase();
        if (!(part.getContent() instanceof Multipart multipart)) {
            return type;
        }
        List<String> children = new ArrayList<>();
        for (int i = 0; i < multipart.getCount(); i++) {
            children.add(structure(multipart.getBodyPart(i)));
        }
        return type + "[" + String.join(",", children) + "]";
    }

    private static List<String> addresses(MimeMessage mail) throws Exception {
        return Arrays.stream(mail.getAllRecipients()).map(Object::toString).toList();
    }

    private static String messageId(MimeMessage m) {
        try {
            return m.getMessageID();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
