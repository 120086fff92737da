package com.videopipeline.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Both clients end to end over an in-memory HttpClient: what is sent and how answers are read. */
class ProviderClientsTest {

    /** Runway's real CDN host listed as the live profile lists it; the simulator config skips DNS checks, so no lookup. */
    private static final ProviderConfigFixture.Wiring WIRING = ProviderConfigFixture.wiring(
            Map.of("pipeline.providers.runway.download-hosts[0]", "dnznrvs05pmza.cloudfront.net"));

    private final FakeHttpClient client = new FakeHttpClient();

    @TempDir
    Path dir;

    private VideoProvider provider(String name) {
        return ProviderClients.create(name, WIRING.providers().providers().get(name), WIRING.credentials(),
                new ErrorClassifier(), client);
    }

    private static ProviderStatus succeeded(String id, List<URI> outputs) {
        return new ProviderStatus(id, ProviderPhase.SUCCEEDED, 100.0, outputs, null, null, null, null);
    }

    @Nested
    class Sora {

        private final VideoProvider sora = provider("sora");

        @Test
        void shouldSubmitAndReturnTheVideoId() {
            client.answer(200, "{\"id\":\"video_1\",\"object\":\"video\",\"status\":\"queued\",\"progress\":0}", Map.of());

            String id = sora.submit(TestRequests.text(8, "1280x720").bound("sora", "sora-2"));

            HttpRequest sent = client.requests.get(0);
            assertThat(id).isEqualTo("video_1");
            assertThat(sent.uri()).hasToString("http://127.0.0.1:8091/openai/v1/videos");
            assertThat(sent.headers().firstValue("Authorization")).hasValue("Bearer sk-local-simulator");
        }

        @Test
        void shouldReadStatusWithThePollHint() {
            client.answer(200, "{\"id\":\"video_1\",\"status\":\"in_progress\",\"progress\":40}",
                    Map.of("openai-poll-after-ms", "12000"));

            ProviderStatus status = sora.status("video_1");

            assertThat(status.phase()).isEqualTo(ProviderPhase.RUNNING);
            assertThat(status.pollAfter()).isEqualTo(Duration.ofSeconds(12));
        }

        @Test
        void shouldDownloadTheVideoVariantWithTheKey() throws Exception {
            client.answerChunks(200, Map.of("content-type", "video/mp4"), "mp4-bytes".getBytes(StandardCharsets.US_ASCII));
            Path target = dir.resolve("video_1.mp4");

            Download download = sora.download(succeeded("video_1", List.of()), Asset.VIDEO, target).orElseThrow();

            HttpRequest sent = client.requests.get(0);
            assertThat(Files.readString(target)).isEqualTo("mp4-bytes");
            assertThat(download.contentType()).isEqualTo("video/mp4");
            assertThat(sent.uri().getQuery()).isEqualTo("variant=video");
            assertThat(sent.headers().firstValue("Authorization")).hasValue("Bearer sk-local-simulator");
        }

        @Test
        void shouldReportQuotaExhaustionAsNotAccepted() {
            client.answer(429, "{\"error\":{\"message\":\"You exceeded your current quota\",\"type\":\"insufficient_quota\","
                    + "\"param\":null,\"code\":\"insufficient_quota\"}}", Map.of());

            assertThatThrownBy(() -> sora.submit(TestRequests.text(8, "1280x720").bound("sora", "sora-2")))
                    .isInstanceOfSatisfying(ProviderException.class, e -> {
                        assertThat(e.kind()).isEqualTo(FailureKind.QUOTA_EXHAUSTED);
                        assertThat(e.notAccepted()).isTrue();
                        assertThat(e.provider()).isEqualTo("sora");
                    });
        }

        @Test
        void shouldReportASubmitTimeoutAsPossiblyAccepted() {
            client.fail(new HttpTimeoutException("request timed out"));

            assertThatThrownBy(() -> sora.submit(TestRequests.text(8, "1280x720").bound("sora", "sora-2")))
                    .isInstanceOfSatisfying(ProviderException.class, e -> {
                        assertThat(e.kind()).isEqualTo(FailureKind.TIMEOUT);
                        assertThat(e.notAccepted()).isFalse();
                    });
        }

        @Test
        void shouldReportAnUnreadableSuccessAsMalformed() {
            client.answer(200, "<html>gateway</html>", Map.of());

            assertThatThrownBy(() -> sora.status("video_1"))
                    .isInstanceOfSatisfying(ProviderException.class,
                            e -> assertThat(e.kind()).isEqualTo(FailureKind.MALFORMED_RESPONSE));
        }
    }

    @Nested
    class Runway {

        private final VideoProvider runway = provider("runway");

        @Test
        void shouldSubmitToTheEndpointOfTheInputKind() {
            client.answer(200, "{\"id\":\"task-7\"}", Map.of());

            String id = runway.submit(TestRequests.image(5, "1280x720").bound("runway", "gen4.5"));

            assertThat(id).isEqualTo("task-7");
            assertThat(client.requests.get(0).uri().getPath()).isEqualTo("/runway/v1/image_to_video");
            assertThat(client.requests.get(0).headers().firstValue("Authorization")).hasValue("Bearer key_local_simulator");
        }

        @Test
        void shouldDownloadTheFirstOutputWithoutAnyAuthorization() {
            client.answerChunks(200, Map.of("content-length", "3"), new byte[] {1, 2, 3});
            URI output = URI.create("https://dnznrvs05pmza.cloudfront.net/task-7/0.mp4?_jwt=signed");

            Download download = runway.download(succeeded("task-7", List.of(output)), Asset.VIDEO, dir.resolve("o.mp4"))
                    .orElseThrow();

            HttpRequest sent = client.requests.get(0);
            assertThat(download.bytes()).isEqualTo(3);
            assertThat(sent.uri()).isEqualTo(output);
            assertThat(sent.headers().map()).doesNotContainKey("Authorization");
        }

        @Test
        void shouldHaveNoThumbnail() {
            ProviderStatus status = succeeded("task-7", List.of(URI.create("https://cdn.example.com/o.mp4")));

            assertThat(runway.download(status, Asset.THUMBNAIL, dir.resolve("t.webp"))).isEmpty();
            assertThat(client.requests).isEmpty();
        }

        @Test
        void shouldRefuseToDownloadFromAnUnfinishedTask() {
            ProviderStatus running = new ProviderStatus("task-7", ProviderPhase.RUNNING, 50.0, List.of(), null, null,
                    null, null);

            assertThatThrownBy(() -> runway.download(running, Asset.VIDEO, dir.resolve("o.mp4")))
                    .isInstanceOfSatisfying(ProviderException.class, e -> assertThat(e.kind()).isEqualTo(FailureKind.BAD_REQUEST));
        }
    }
}
