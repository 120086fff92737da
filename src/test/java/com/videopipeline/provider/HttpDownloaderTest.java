package com.videopipeline.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Flow;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Streaming, hashing, limits and failure handling of downloads, over an in-memory HttpClient. */
class HttpDownloaderTest {

    private static final HttpRequest REQUEST =
            HttpRequest.newBuilder(URI.create("https://cdn.example.com/out.mp4?sig=abc")).GET().build();

    private final FakeHttpClient client = new FakeHttpClient();

    @TempDir
    Path dir;

    /** cdn.example.com is allowed and public; the other names exist so that only the policy can refuse them. */
    private static final DownloadPolicy POLICY = new DownloadPolicy("runway", URI.create("https://api.dev.runwayml.com"),
            List.of("cdn.example.com", "internal.example.com"), false, Resolvers.table(Map.of(
                    "cdn.example.com", "203.0.113.10",
                    "internal.example.com", "10.0.0.5",
                    "cdn.evil.example", "203.0.113.66")));

    private HttpDownloader downloader(long maxBytes) {
        return new HttpDownloader("runway", client, new ErrorClassifier(), POLICY, maxBytes, Duration.ofSeconds(5));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes(text)));
    }

    @Test
    void shouldStreamEveryChunkToTheTargetAndHashIt() throws Exception {
        client.answerChunks(200, Map.of("content-type", "video/mp4", "content-length", "15"),
                bytes("hello"), bytes(" video"), bytes(" mp4"));
        Path target = dir.resolve("nested/out.mp4");

        Download download = downloader(1_000).download(REQUEST, target);

        assertThat(Files.readString(target)).isEqualTo("hello video mp4");
        assertThat(download).isEqualTo(new Download(target, 15, sha256("hello video mp4"), "video/mp4"));
        assertThat(dir.resolve("nested/out.mp4.part")).doesNotExist();
    }

    @Test
    void shouldAcceptABodyWithoutContentLength() {
        client.answerChunks(200, Map.of(), bytes("abc"));

        assertThat(downloader(3).download(REQUEST, dir.resolve("out.mp4")).bytes()).isEqualTo(3);
    }

    @Nested
    class Refusals {

        @Test
        void shouldStopABodyThatGrowsPastTheLimit() {
            client.answerChunks(200, Map.of(), bytes("12345678"), bytes("12345678"));
            Path target = dir.resolve("out.mp4");

            assertThatThrownBy(() -> downloader(10).download(REQUEST, target))
                    .isInstanceOfSatisfying(ProviderException.class, e -> {
                        assertThat(e.kind()).isEqualTo(FailureKind.VERIFICATION_FAILED);
                        assertThat(e).hasMessageContaining("exceeds max-download-bytes 10");
                    });
            assertThat(target).doesNotExist();
            assertThat(dir.resolve("out.mp4.part")).doesNotExist();
        }

        @Test
        void shouldRefuseUpFrontWhenTheDeclaredLengthIsTooLarge() {
            client.answerChunks(200, Map.of("content-length", "100"), new byte[100]);

            assertThatThrownBy(() -> downloader(10).download(REQUEST, dir.resolve("out.mp4")))
                    .isInstanceOfSatisfying(ProviderException.class,
                            e -> assertThat(e.kind()).isEqualTo(FailureKind.VERIFICATION_FAILED));
        }

        @Test
        void shouldCallAShortBodyARetryableDownloadFailure() {
            client.answerChunks(200, Map.of("content-length", "100"), new byte[50]);

            assertThatThrownBy(() -> downloader(1_000).download(REQUEST, dir.resolve("out.mp4")))
                    .isInstanceOfSatisfying(ProviderException.class, e -> {
                        assertThat(e.kind()).isEqualTo(FailureKind.DOWNLOAD_FAILED);
                        assertThat(e.kind().retryable()).isTrue();
                        assertThat(e).hasMessage("runway: download incomplete: received 50 of 100 bytes");
                    });
        }

        @Test
        void shouldCallAnEmptyBodyARetryableDownloadFailure() {
            client.answerChunks(200, Map.of());

            assertThatThrownBy(() -> downloader(1_000).download(REQUEST, dir.resolve("out.mp4")))
                    .isInstanceOfSatisfying(ProviderException.class,
                            e -> assertThat(e.kind()).isEqualTo(FailureKind.DOWNLOAD_FAILED));
        }

        @Test
        void shouldClassifyAnErrorAnswerAndLeaveAnEarlierFileAlone() throws Exception {
            Path target = Files.writeString(dir.resolve("out.mp4"), "earlier");
            client.answer(404, "<Error><Code>NoSuchKey</Code></Error>", Map.of());

            assertThatThrownBy(() -> downloader(1_000).download(REQUEST, target))
                    .isInstanceOfSatisfying(ProviderException.class, e -> assertThat(e.kind()).isEqualTo(FailureKind.NOT_FOUND));
            assertThat(Files.readString(target)).isEqualTo("earlier");
        }

        @Test
        void shouldNotFollowARedirect() {
            client.answer(302, "", Map.of("location", "https://elsewhere.example.com/x?token=secret"));

            assertThatThrownBy(() -> downloader(1_000).download(REQUEST, dir.resolve("out.mp4")))
                    .isInstanceOf(ProviderException.class)
                    .hasMessage("runway: 302: redirect not followed");
            assertThat(client.requests).hasSize(1);
        }

        @Test
        void shouldNotFollowARedirectEvenToAnAllowedHost() {
            client.answer(301, "", Map.of("location", "https://cdn.example.com/moved.mp4?sig=abc"));

            assertThatThrownBy(() -> downloader(1_000).download(REQUEST, dir.resolve("out.mp4")))
                    .isInstanceOfSatisfying(ProviderException.class, e -> {
                        assertThat(e).hasMessage("runway: 301: redirect not followed");
                        assertThat(e.kind().retryable()).isFalse();
                    });
            assertThat(client.requests).hasSize(1);
            assertThat(dir).isEmptyDirectory();
        }

        @Test
        void shouldCallARefusedConnectionAConnectionFailure() {
            client.fail(new ConnectException("Connection refused"));

            assertThatThrownBy(() -> downloader(1_000).download(REQUEST, dir.resolve("out.mp4")))
                    .isInstanceOfSatisfying(ProviderException.class, e -> assertThat(e.kind()).isEqualTo(FailureKind.CONNECTION));
        }
    }

    @Nested
    class Policy {

        @Test
        void shouldRefuseAHostThatIsNotAllowedBeforeSendingAnyRequest() {
            client.answerChunks(200, Map.of(), bytes("stolen"));
            HttpRequest evil = HttpRequest.newBuilder(URI.create("https://cdn.evil.example/out.mp4?sig=secret")).build();

            assertThatThrownBy(() -> downloader(1_000).download(evil, dir.resolve("nested/out.mp4")))
                    .isInstanceOfSatisfying(ProviderException.class, e -> {
                        assertThat(e.kind()).isEqualTo(FailureKind.BAD_REQUEST);
                        assertThat(e).hasMessageStartingWith(
                                "runway: download refused: host cdn.evil.example is not allowed for runway");
                        assertThat(e.getMessage()).doesNotContain("sig=").doesNotContain("secret");
                    });
            assertThat(client.requests).isEmpty();
            assertThat(dir).isEmptyDirectory();
        }

        @Test
        void shouldRefuseAnAllowedHostThatResolvesToAPrivateAddressBeforeSendingAnyRequest() {
            client.answerChunks(200, Map.of(), bytes("metadata"));
            HttpRequest internal = HttpRequest.newBuilder(URI.create("https://internal.example.com/x?sig=secret")).build();

            assertThatThrownBy(() -> downloader(1_000).download(internal, dir.resolve("out.mp4")))
                    .isInstanceOfSatisfying(ProviderException.class, e -> {
                        assertThat(e.kind()).isEqualTo(FailureKind.BAD_REQUEST);
                        assertThat(e).hasMessageContaining("resolves to private address 10.0.0.5 (site-local)");
                    });
            assertThat(client.requests).isEmpty();
            assertThat(dir).isEmptyDirectory();
        }
    }

    @Nested
    class Subscriber {

        @Test
        void shouldCancelTheTransferWhenAbortedFromOutside() throws Exception {
            HashingFileSubscriber subscriber = new HashingFileSubscriber("runway", dir.resolve("x.part"), 1_000, -1);
            boolean[] cancelled = {false};
            subscriber.onSubscribe(new Flow.Subscription() {
                public void request(long n) {
                }

                public void cancel() {
                    cancelled[0] = true;
                }
            });
            subscriber.onNext(List.of(ByteBuffer.wrap(bytes("partial"))));
            ProviderException timeout = new ProviderException("runway", FailureKind.TIMEOUT, "too slow");

            subscriber.abort(timeout);

            assertThat(cancelled[0]).isTrue();
            assertThat(subscriber.getBody().toCompletableFuture()).isCompletedExceptionally();
        }
    }
}
