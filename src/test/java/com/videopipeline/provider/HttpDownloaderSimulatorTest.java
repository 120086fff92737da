package com.videopipeline.provider;

import static com.videopipeline.provider.SimulatorClients.client;
import static com.videopipeline.provider.SimulatorClients.sha256;
import static com.videopipeline.provider.SimulatorClients.submitAndAwait;
import static com.videopipeline.provider.SimulatorClients.withPrompt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.videopipeline.media.InvalidVideoException;
import com.videopipeline.media.Mp4Inspector;
import com.videopipeline.simulator.ProviderSimulator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Streaming downloads from the simulator: broken, corrupt, wrong-length and very large outputs. */
class HttpDownloaderSimulatorTest {

    private static final long PADDING = 64L * 1024 * 1024;

    private static ProviderSimulator simulator;
    private static ProviderSimulator padded;

    @TempDir
    Path dir;

    @BeforeAll
    static void startSimulators() {
        simulator = SimulatorClients.started(SimulatorClients.fastSimulator());
        padded = SimulatorClients.started(SimulatorClients.fastSimulator().withPaddingBytes(PADDING));
    }

    @AfterAll
    static void stopSimulators() {
        simulator.stop();
        padded.stop();
    }

    private static ProviderRequest sora(int seconds, String prompt) {
        return withPrompt(TestRequests.text(seconds, "1280x720").bound("sora", "sora-2"), prompt);
    }

    @Test
    void shouldFailSoraDownloadAsRetryableAndLeaveNoFileWhenBodyIsTruncated() {
        VideoProvider sora = client(simulator, "sora");
        ProviderStatus done = submitAndAwait(sora, sora(8, "a fox [sim:truncate]"));
        Path target = dir.resolve("video.mp4");

        assertThatThrownBy(() -> sora.download(done, Asset.VIDEO, target))
                .isInstanceOfSatisfying(ProviderException.class, e -> {
                    assertThat(e.kind()).isEqualTo(FailureKind.DOWNLOAD_FAILED);
                    assertThat(e.kind().retryable()).isTrue();
                });
        assertThat(target).doesNotExist();
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void shouldFailRunwayOutputDownloadAsRetryableAndLeaveNoFileWhenBodyIsTruncated() {
        VideoProvider runway = client(simulator, "runway");
        ProviderStatus done = submitAndAwait(runway, withPrompt(
                TestRequests.text(8, "1280x720").bound("runway", "gen4.5"), "a fox [sim:truncate]"));
        Path target = dir.resolve("video.mp4");

        assertThatThrownBy(() -> runway.download(done, Asset.VIDEO, target))
                .isInstanceOfSatisfying(ProviderException.class, e -> {
                    assertThat(e.kind()).isEqualTo(FailureKind.DOWNLOAD_FAILED);
                    assertThat(e.kind().retryable()).isTrue();
                });
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void shouldDownloadCorruptOutputInFullButMp4InspectorRejectsIt() throws IOException {
        VideoProvider sora = client(simulator, "sora");
        ProviderStatus done = submitAndAwait(sora, sora(8, "a fox [sim:corrupt]"));

        Download download = sora.download(done, Asset.VIDEO, dir.resolve("corrupt.mp4")).orElseThrow();

        // the client already checked the body against Content-Length; the bytes are all there, just not an MP4
        assertThat(download.bytes()).isPositive().isEqualTo(Files.size(download.file()));
        assertThat(download.sha256()).isEqualTo(sha256(download.file()));
        assertThatThrownBy(() -> new Mp4Inspector().inspect(download.file()))
                .isInstanceOf(InvalidVideoException.class);
    }

    @Test
    void shouldDownloadTwoSecondFileForAnEightSecondRequestWhenSimulatorShortensIt() {
        VideoProvider sora = client(simulator, "sora");
        ProviderStatus done = submitAndAwait(sora, sora(8, "a fox [sim:seconds=2]"));

        Download download = sora.download(done, Asset.VIDEO, dir.resolve("short.mp4")).orElseThrow();

        assertThat(new Mp4Inspector().inspect(download.file()).durationSeconds()).isCloseTo(2.0, within(0.05));
    }

    @Test
    void shouldStreamLargePaddedVideoCompletelyWithMatchingSha256() {
        VideoProvider sora = client(padded, "sora");
        ProviderStatus done = submitAndAwait(sora, sora(4, "a large fox"));

        Download download = sora.download(done, Asset.VIDEO, dir.resolve("large.mp4")).orElseThrow();

        assertThat(download.bytes()).isGreaterThan(PADDING);
        assertThat(download.file()).hasSize(download.bytes());
        assertThat(download.sha256()).isEqualTo(sha256(download.file()));
        assertThat(new Mp4Inspector().inspect(download.file()).durationSeconds()).isCloseTo(4.0, within(0.05));
    }

    @Test
    void shouldRefuseVideoLargerThanMaxDownloadBytes() {
        VideoProvider capped = client(padded, "sora", Map.of("pipeline.providers.sora.max-download-bytes", "32MB"));
        ProviderStatus done = submitAndAwait(capped, sora(4, "a large fox"));
        Path target = dir.resolve("large.mp4");

        assertThatThrownBy(() -> capped.download(done, Asset.VIDEO, target))
                .isInstanceOfSatisfying(ProviderException.class, e -> {
                    assertThat(e.kind()).isEqualTo(FailureKind.VERIFICATION_FAILED);
                    assertThat(e.getMessage()).contains("exceeds max-download-bytes " + 32L * 1024 * 1024);
                });
        assertThat(dir).isEmptyDirectory();
    }
}
