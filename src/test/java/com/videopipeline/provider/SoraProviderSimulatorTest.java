package com.videopipeline.provider;

import static com.videopipeline.provider.SimulatorClients.GENERATION_TIME;
import static com.videopipeline.provider.SimulatorClients.client;
import static com.videopipeline.provider.SimulatorClients.pollUntilTerminal;
import static com.videopipeline.provider.SimulatorClients.sha256;
import static com.videopipeline.provider.SimulatorClients.submitAndAwait;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.videopipeline.TestSecrets;
import com.videopipeline.media.Mp4Info;
import com.videopipeline.media.Mp4Inspector;
import com.videopipeline.simulator.ProviderSimulator;
import com.videopipeline.simulator.SimulatorProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real OpenAI Videos client against the real simulator over loopback HTTP. */
class SoraProviderSimulatorTest {

    /** Not the simulator's 1 s default and not a client default, so seeing it proves the header was read. */
    private static final Duration POLL_AFTER = Duration.ofMillis(750);
    private static final String BAD_KEY = TestSecrets.BAD_OPENAI_KEY;

    private static ProviderSimulator simulator;
    private static VideoProvider sora;

    @TempDir
    Path dir;

    @BeforeAll
    static void startSimulator() {
        simulator = SimulatorClients.started(new SimulatorProperties(true, "127.0.0.1", 0, 16, GENERATION_TIME,
                POLL_AFTER, Duration.ofHours(1), 0, 24, Map.of(), Map.of()));
        sora = client(simulator, "sora");
    }

    @AfterAll
    static void stopSimulator() {
        simulator.stop();
    }

    private static ProviderRequest text(int seconds, String size, String prompt) {
        return SimulatorClients.withPrompt(TestRequests.text(seconds, size).bound("sora", "sora-2"), prompt);
    }

    @Test
    void shouldReportQueuedOrRunningBeforeSucceededForTextSubmit() {
        String id = sora.submit(TestRequests.text(8, "1280x720").bound("sora", "sora-2"));

        List<ProviderStatus> seen = pollUntilTerminal(sora, id);

        assertThat(id).startsWith("video_");
        assertThat(seen).allSatisfy(status -> assertThat(status.providerJobId()).isEqualTo(id));
        assertThat(seen.get(0).phase()).isIn(ProviderPhase.QUEUED, ProviderPhase.RUNNING);
        assertThat(seen).map(ProviderStatus::phase)
                .isSortedAccordingTo(Comparator.naturalOrder())
                .last().isEqualTo(ProviderPhase.SUCCEEDED);
        assertThat(seen).map(ProviderStatus::progress).allSatisfy(p -> assertThat(p).isBetween(0.0, 100.0));
        ProviderStatus done = seen.get(seen.size() - 1);
        assertThat(done.progress()).isEqualTo(100.0);
        assertThat(done.expiresAt()).isAfter(Instant.now());
        assertThat(done.failureCode()).isNull();
    }

    @Test
    void shouldDownloadVerifiedMp4FromSoraAfterCompletion() {
        ProviderStatus done = submitAndAwait(sora, TestRequests.text(8, "1280x720").bound("sora", "sora-2"));
        Path target = dir.resolve("video.mp4");

        Download download = sora.download(done, Asset.VIDEO, target).orElseThrow();

        assertThat(download.file()).isEqualTo(target).isRegularFile();
        Mp4Info info = new Mp4Inspector().inspect(target);
        assertThat(info.durationSeconds()).isCloseTo(8.0, within(0.05));
        assertThat(info.width()).isEqualTo(1280);
        assertThat(info.height()).isEqualTo(720);
        assertThat(download.sha256()).isEqualTo(sha256(target));
        assertThat(download.bytes()).isEqualTo(fileSize(target));
        assertThat(download.contentType()).isEqualTo("video/mp4");
        assertThat(dir.resolve("video.mp4.part")).doesNotExist();
    }

    @Test
    void shouldNotClaimToCancelAGenerationOpenAiCannotStop() {
        String id = sora.submit(TestRequests.text(4, "1280x720").bound("sora", "sora-2"));

        boolean cancelled = sora.cancel(id);

        assertThat(cancelled).as("OpenAI has no cancel").isFalse();
        assertThat(SimulatorClients.awaitTerminal(sora, id).phase()).as("the generation runs on")
                .isEqualTo(ProviderPhase.SUCCEEDED);
    }

    @Test
    void shouldDownloadWebpThumbnailFromSora() throws IOException {
        ProviderStatus done = submitAndAwait(sora, TestRequests.text(4, "720x1280").bound("sora", "sora-2"));

        Download thumbnail = sora.download(done, Asset.THUMBNAIL, dir.resolve("thumb.webp")).orElseThrow();

        byte[] bytes = Files.readAllBytes(thumbnail.file());
        assertThat(new String(Arrays.copyOfRange(bytes, 0, 4), StandardCharsets.US_ASCII)).isEqualTo("RIFF");
        assertThat(new String(Arrays.copyOfRange(bytes, 8, 12), StandardCharsets.US_ASCII)).isEqualTo("WEBP");
        assertThat(thumbnail.contentType()).isEqualTo("image/webp");
        assertThat(thumbnail.sha256()).isEqualTo(sha256(thumbnail.file()));
    }

    @Test
    void shouldAcceptLocalPngSentAsMultipartInputReference() {
        Path png = SimulatorClients.png(dir, "first-frame.png", 1280, 720);
        ProviderRequest request = TestRequests.text(4, "1280x720").imageFile(png).bound("sora", "sora-2");

        ProviderStatus done = submitAndAwait(sora, request);

        assertThat(done.phase()).isEqualTo(ProviderPhase.SUCCEEDED);
        Mp4Info info = new Mp4Inspector().inspect(sora.download(done, Asset.VIDEO, dir.resolve("v.mp4"))
                .orElseThrow().file());
        assertThat(info.durationSeconds()).isCloseTo(4.0, within(0.05));
    }

    @Test
    void shouldSendSecondsAsStringInMultipartAndJsonBodies() throws Exception {
        // guard: this simulator really refuses an integer, so the accepted submits below prove a string was sent
        HttpResponse<String> integer = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(simulator.openAiBaseUrl() + "/videos"))
                        .header("Authorization", "Bearer sk-local-simulator")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"prompt\":\"a fox\",\"seconds\":8}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(integer.statusCode()).isEqualTo(400);
        assertThat(integer.body()).contains("expected a string, but got an integer");

        String multipart = sora.submit(TestRequests.text(12, "1280x720").bound("sora", "sora-2"));
        String json = sora.submit(TestRequests.image(8, "1280x720").bound("sora", "sora-2"));

        assertThat(multipart).startsWith("video_");
        assertThat(json).startsWith("video_");
    }

    @Test
    void shouldTurnOpenAiPollAfterHeaderIntoPollAfter() {
        String id = sora.submit(TestRequests.text(4, "1280x720").bound("sora", "sora-2"));

        ProviderStatus status = sora.status(id);

        assertThat(status.pollAfter()).isEqualTo(POLL_AFTER);
    }

    @Test
    void shouldReportModerationBlockedAsFailedWithItsCode() {
        ProviderStatus failed = submitAndAwait(sora, text(8, "1280x720", "a fox [sim:fail=moderation_blocked]"));

        assertThat(failed.phase()).isEqualTo(ProviderPhase.FAILED);
        assertThat(failed.failureCode()).isEqualTo("moderation_blocked");
        assertThat(failed.failureMessage()).isNotBlank();
        assertThat(new ErrorClassifier().classifyJobFailure(failed.failureCode())).isEqualTo(FailureKind.SAFETY_INPUT);
        assertThatThrownBy(() -> sora.download(failed, Asset.VIDEO, dir.resolve("none.mp4")))
                .isInstanceOfSatisfying(ProviderException.class,
                        e -> assertThat(e.kind()).isEqualTo(FailureKind.BAD_REQUEST));
    }

    @Test
    void shouldRejectBadKeyAsAuthenticationWithoutRevealingIt() {
        VideoProvider badKey = client(simulator, "sora", Map.of("OPENAI_API_KEY", BAD_KEY));

        assertThatThrownBy(() -> badKey.submit(TestRequests.text(4, "1280x720").bound("sora", "sora-2")))
                .isInstanceOfSatisfying(ProviderException.class, e -> {
                    assertThat(e.kind()).isEqualTo(FailureKind.AUTHENTICATION);
                    assertThat(e.httpStatus()).isEqualTo(401);
                    assertThat(e.notAccepted()).isTrue();
                    assertThat(e.kind().retryable()).isFalse();
                    assertThat(e.providerCode()).isEqualTo("invalid_api_key");
                    assertThat(e.getMessage()).contains("Incorrect API key").doesNotContain(BAD_KEY);
                });
    }

    @Test
    void shouldReportModelUnknownToTheSimulatorAsBadRequestWithItsMessage() {
        VideoProvider withExtraModel = client(simulator, "sora", Map.of(
                "pipeline.providers.sora.models[sora-3].seconds", "4,8,12",
                "pipeline.providers.sora.models[sora-3].sizes", "1280x720",
                "pipeline.providers.sora.models[sora-3].inputs", "text",
                "pipeline.providers.sora.models[sora-3].price-per-second", "0.20"));

        assertThatThrownBy(() -> withExtraModel.submit(TestRequests.text(8, "1280x720").bound("sora", "sora-3")))
                .isInstanceOfSatisfying(ProviderException.class, e -> {
                    assertThat(e.kind()).isEqualTo(FailureKind.BAD_REQUEST);
                    assertThat(e.httpStatus()).isEqualTo(400);
                    assertThat(e.notAccepted()).isTrue();
                    assertThat(e.providerCode()).isEqualTo("invalid_value");
                    assertThat(e.getMessage()).contains("(param model)")
                            .contains("Invalid value: 'sora-3'. Supported values are: 'sora-2', 'sora-2-pro'.");
                });
    }

    @Test
    void shouldReportRefusedConnectionAsNotAcceptedConnectionFailure() {
        VideoProvider nowhere = client(simulator, "sora", Map.of("pipeline.providers.sora.base-url",
                "http://127.0.0.1:" + SimulatorClients.closedPort() + "/openai/v1"));

        assertThatThrownBy(() -> nowhere.submit(TestRequests.text(4, "1280x720").bound("sora", "sora-2")))
                .isInstanceOfSatisfying(ProviderException.class, e -> {
                    assertThat(e.kind()).isEqualTo(FailureKind.CONNECTION);
                    assertThat(e.notAccepted()).isTrue();
                    assertThat(e.kind().retryable()).isTrue();
                    assertThat(e.httpStatus()).isZero();
                });
    }

    private static long fileSize(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
