package com.videopipeline.provider;

import static com.videopipeline.provider.SimulatorClients.MAX_WAIT;
import static com.videopipeline.provider.SimulatorClients.client;
import static com.videopipeline.provider.SimulatorClients.pollUntilTerminal;
import static com.videopipeline.provider.SimulatorClients.sha256;
import static com.videopipeline.provider.SimulatorClients.submitAndAwait;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import com.videopipeline.media.Mp4Info;
import com.videopipeline.media.Mp4Inspector;
import com.videopipeline.simulator.ProviderSimulator;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real Runway client against the real simulator over loopback HTTP. */
class RunwayProviderSimulatorTest {

    private static ProviderSimulator simulator;
    private static VideoProvider runway;

    @TempDir
    Path dir;

    @BeforeAll
    static void startSimulator() {
        simulator = SimulatorClients.started(SimulatorClients.fastSimulator());
        runway = client(simulator, "runway");
    }

    @AfterAll
    static void stopSimulator() {
        simulator.stop();
    }

    @Test
    void shouldReportPendingOrRunningWithPercentProgressBeforeSucceeded() {
        String id = runway.submit(TestRequests.text(8, "1280x720").bound("runway", "gen4.5"));

        List<ProviderStatus> seen = pollUntilTerminal(runway, id);

        assertThat(seen.get(0).phase()).isIn(ProviderPhase.QUEUED, ProviderPhase.RUNNING);
        assertThat(seen).map(ProviderStatus::phase)
                .isSortedAccordingTo(Comparator.naturalOrder())
                .contains(ProviderPhase.RUNNING)
                .last().isEqualTo(ProviderPhase.SUCCEEDED);
        assertThat(seen).filteredOn(s -> s.phase() == ProviderPhase.RUNNING).map(ProviderStatus::progress)
                .isNotEmpty()
                .allSatisfy(p -> assertThat(p).isNotNull().isBetween(0.0, 100.0))
                // the API's 0..1 fraction must have become a percentage, not stayed below 1
                .anySatisfy(p -> assertThat(p).isGreaterThan(1.0));
        ProviderStatus done = seen.get(seen.size() - 1);
        assertThat(done.progress()).isEqualTo(100.0);
        assertThat(done.outputs()).singleElement()
                .satisfies(url -> assertThat(url.getPath()).isEqualTo("/runway/outputs/" + id + ".mp4"));
    }

    @Test
    void shouldCreateGen45TextToVideoTaskAndDownloadItsOutput() {
        ProviderRequest request = TestRequests.text(8, "1280x720").seed(42).bound("runway", "gen4.5");

        ProviderStatus done = submitAndAwait(runway, request);
        Download download = runway.download(done, Asset.VIDEO, dir.resolve("gen45.mp4")).orElseThrow();

        Mp4Info info = new Mp4Inspector().inspect(download.file());
        assertThat(info.durationSeconds()).isCloseTo(8.0, within(0.05));
        assertThat(info.width()).isEqualTo(1280);
        assertThat(info.height()).isEqualTo(720);
        assertThat(download.sha256()).isEqualTo(sha256(download.file()));
        assertThat(download.contentType()).isEqualTo("video/mp4");
    }

    @Test
    void shouldCreateImageToVideoTaskFromLocalPngSentAsDataUri() {
        Path png = SimulatorClients.png(dir, "first-frame.png", 1104, 832);
        // 1104x832 is an image_to_video-only ratio for gen4.5: this goes to /v1/image_to_video or fails
        ProviderRequest request = TestRequests.text(5, "1104x832").imageFile(png).bound("runway", "gen4.5");

        ProviderStatus done = submitAndAwait(runway, request);

        assertThat(done.phase()).isEqualTo(ProviderPhase.SUCCEEDED);
        Mp4Info info = new Mp4Inspector().inspect(
                runway.download(done, Asset.VIDEO, dir.resolve("i2v.mp4")).orElseThrow().file());
        assertThat(info.durationSeconds()).isCloseTo(5.0, within(0.05));
        assertThat(info.width()).isEqualTo(1104);
        assertThat(info.height()).isEqualTo(832);
    }

    @Test
    void shouldSendNegativePromptToVeo31AndLeaveOutTheSeedItDoesNotTake() {
        // the simulator refuses a seed for Veo models, so success shows the client left it out
        ProviderRequest request = TestRequests.text(6, "1920x1080").seed(7).negativePrompt("blurry, watermark")
                .bound("runway", "veo3.1");

        ProviderStatus done = submitAndAwait(runway, request);

        assertThat(done.phase()).isEqualTo(ProviderPhase.SUCCEEDED);
        Mp4Info info = new Mp4Inspector().inspect(
                runway.download(done, Asset.VIDEO, dir.resolve("veo.mp4")).orElseThrow().file());
        assertThat(info.durationSeconds()).isCloseTo(6.0, within(0.05));
        assertThat(info.width()).isEqualTo(1920);
    }

    @Test
    void shouldCreateAleph2VideoToVideoTaskFromLocalMp4SentAsDataUri() {
        Path input = runway.download(submitAndAwait(runway, TestRequests.text(2, "1280x720").bound("runway", "gen4.5")),
                Asset.VIDEO, dir.resolve("input.mp4")).orElseThrow().file();
        ProviderRequest request = TestRequests.text(5, "1280x720").videoFile(input).bound("runway", "aleph2");

        ProviderStatus done = submitAndAwait(runway, request);

        assertThat(done.phase()).isEqualTo(ProviderPhase.SUCCEEDED);
        assertThat(new Mp4Inspector().inspect(runway.download(done, Asset.VIDEO, dir.resolve("v2v.mp4"))
                .orElseThrow().file()).width()).isEqualTo(1280);
    }

    @Test
    void shouldDownloadSignedOutputUrlWithoutSendingTheApiKey() throws IOException {
        ProviderStatus done = submitAndAwait(runway, TestRequests.text(4, "720x1280").bound("runway", "gen4.5"));
        Download direct = runway.download(done, Asset.VIDEO, dir.resolve("direct.mp4")).orElseThrow();
        byte[] video = Files.readAllBytes(direct.file());
        List<Boolean> sentAuthorization = new CopyOnWriteArrayList<>();
        List<URI> requested = new CopyOnWriteArrayList<>();
        HttpServer cdn = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        cdn.createContext("/", exchange -> {
            sentAuthorization.add(exchange.getRequestHeaders().containsKey("Authorization"));
            requested.add(exchange.getRequestURI());
            exchange.sendResponseHeaders(200, video.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(video);
            }
        });
        cdn.start();
        try {
            URI signed = done.outputs().get(0);
            URI elsewhere = URI.create("http://127.0.0.1:" + cdn.getAddress().getPort() + signed.getRawPath()
                    + "?" + signed.getRawQuery());
            ProviderStatus onCdn = new ProviderStatus(done.providerJobId(), ProviderPhase.SUCCEEDED, 100.0,
                    List.of(elsewhere), null, null, null, null);

            Download viaCdn = runway.download(onCdn, Asset.VIDEO, dir.resolve("cdn.mp4")).orElseThrow();

            assertThat(sentAuthorization).containsExactly(false);
            assertThat(requested).singleElement()
                    .satisfies(uri -> assertThat(uri.getRawQuery()).isEqualTo(signed.getRawQuery()));
            assertThat(viaCdn.sha256()).isEqualTo(direct.sha256()).isEqualTo(sha256(direct.file()));
        } finally {
            cdn.stop(0);
        }
    }

    @Test
    void shouldReportSafetyInputTextFailureAsSafetyInput() {
        ProviderRequest request = SimulatorClients.withPrompt(
                TestRequests.text(5, "1280x720").bound("runway", "gen4.5"), "a fox [sim:fail=SAFETY.INPUT.TEXT]");

        ProviderStatus failed = submitAndAwait(runway, request);

        assertThat(failed.phase()).isEqualTo(ProviderPhase.FAILED);
        assertThat(failed.failureCode()).isEqualTo("SAFETY.INPUT.TEXT");
        assertThat(failed.failureMessage()).isNotBlank();
        assertThat(failed.outputs()).isEmpty();
        assertThat(new ErrorClassifier().classifyJobFailure(failed.failureCode())).isEqualTo(FailureKind.SAFETY_INPUT);
    }

    @Test
    void shouldCancelARunningTaskSoItEndsCancelled() {
        String id = runway.submit(TestRequests.text(8, "1280x720").bound("runway", "gen4.5"));

        boolean cancelled = runway.cancel(id);

        assertThat(cancelled).isTrue();
        assertThat(runway.status(id).phase()).isEqualTo(ProviderPhase.CANCELLED);
    }

    @Test
    void shouldReportATaskRunwayDoesNotKnowAsNotFoundWhenCancelling() {
        assertThatThrownBy(() -> runway.cancel("00000000-0000-0000-0000-000000000000"))
                .isInstanceOfSatisfying(ProviderException.class,
                        e -> assertThat(e.kind()).isEqualTo(FailureKind.NOT_FOUND));
    }

    @Test
    void shouldReturnNoThumbnailSinceRunwayHasNone() {
        ProviderStatus done = submitAndAwait(runway, TestRequests.text(2, "1280x720").bound("runway", "gen4.5"));

        assertThat(runway.download(done, Asset.THUMBNAIL, dir.resolve("thumb.webp"))).isEmpty();
        assertThat(dir.resolve("thumb.webp")).doesNotExist();
    }

    @Test
    void shouldFailOnExpiredOutputUrlAndDownloadFromTheFreshUrlOfANewStatusRead() {
        ProviderSimulator shortLived = SimulatorClients.started(
                SimulatorClients.fastSimulator().withOutputTtl(Duration.ofSeconds(1)));
        try {
            VideoProvider client = client(shortLived, "runway");
            ProviderStatus done = submitAndAwait(client, TestRequests.text(4, "1280x720").bound("runway", "gen4.5"));
            URI stale = done.outputs().get(0);
            long expiry = SimulatorClients.expiry(stale);
            await().atMost(MAX_WAIT).pollInterval(Duration.ofMillis(50))
                    .until(() -> Instant.now().getEpochSecond() > expiry);

            assertThatThrownBy(() -> client.download(done, Asset.VIDEO, dir.resolve("stale.mp4")))
                    .isInstanceOfSatisfying(ProviderException.class, e -> {
                        assertThat(e.httpStatus()).isEqualTo(403);
                        assertThat(e.kind()).isEqualTo(FailureKind.PERMISSION_DENIED);
                        assertThat(e.getMessage()).contains("expired").doesNotContain("sig=");
                    });
            assertThat(dir.resolve("stale.mp4")).doesNotExist();

            ProviderStatus fresh = client.status(done.providerJobId());
            assertThat(fresh.outputs()).singleElement().isNotEqualTo(stale);
            Download download = client.download(fresh, Asset.VIDEO, dir.resolve("fresh.mp4")).orElseThrow();
            assertThat(new Mp4Inspector().inspect(download.file()).durationSeconds()).isCloseTo(4.0, within(0.05));
        } finally {
            shortLived.stop();
        }
    }
}
