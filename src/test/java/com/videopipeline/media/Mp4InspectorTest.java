package com.videopipeline.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;

class Mp4InspectorTest {

    @TempDir
    Path dir;

    private final Mp4Inspector inspector = new Mp4Inspector();
    private byte[] video;

    @BeforeEach
    void synthesiseVideo() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Mp4Synth().write(new VideoSpec(640, 360, 2, 25, 0, 0), out);
        video = out.toByteArray();
    }

    @Test
    void shouldRejectFileCutOffInsideMdat() throws IOException {
        Path file = save("cut.mp4", Arrays.copyOf(video, video.length / 2));

        assertThatThrownBy(() -> inspector.inspect(file))
                .isInstanceOf(InvalidVideoException.class)
                .hasMessageContaining("cut.mp4")
                .hasMessageContaining("truncated")
                .hasMessageContaining("'mdat'");
    }

    @Test
    void shouldRejectFileCutOffInsideMoov() throws IOException {
        Path file = save("cut.mp4", Arrays.copyOf(video, indexOf(video, "moov") + 100));

        assertThatThrownBy(() -> inspector.inspect(file))
                .isInstanceOf(InvalidVideoException.class)
                .hasMessageContaining("truncated")
                .hasMessageContaining("'moov'");
    }

    @Test
    void shouldRejectCutOffFileWhoseMdatRunsToEndOfFile() throws IOException {
        byte[] toEndOfFile = video.clone();
        ByteBuffer.wrap(toEndOfFile).putInt(indexOf(video, "mdat") - 4, 0);
        Path file = save("cut.mp4", Arrays.copyOf(toEndOfFile, video.length - 1));

        assertThatThrownBy(() -> inspector.inspect(file))
                .isInstanceOf(InvalidVideoException.class)
                .hasMessageContaining("truncated, video samples extend to byte " + video.length);
    }

    @Test
    void shouldRejectTextFile() throws IOException {
        Path file = save("notes.mp4", "this is a prompt, not a video\n".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> inspector.inspect(file))
                .isInstanceOf(InvalidVideoException.class)
                .hasMessageContaining("notes.mp4 is not a usable video: not an MP4");
    }

    @Test
    void shouldRejectPngFile() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

        assertThatThrownBy(() -> inspector.inspect(save("frame.png", png)))
                .isInstanceOf(InvalidVideoException.class)
                .hasMessageContaining("not an MP4, the file starts with 89 50 4e 47");
    }

    @Test
    void shouldRejectEmptyFile() throws IOException {
        assertThatThrownBy(() -> inspector.inspect(save("empty.mp4", new byte[0])))
                .isInstanceOf(InvalidVideoException.class)
                .hasMessageContaining("empty");
    }

    @Test
    void shouldRejectFileWithoutVideoTrack() throws IOException {
        byte[] audioOnly = video.clone();
        int handlerType = indexOf(audioOnly, "hdlr") + 12;
        System.arraycopy("soun".getBytes(StandardCharsets.US_ASCII), 0, audioOnly, handlerType, 4);

        assertThatThrownBy(() -> inspector.inspect(save("audio.mp4", audioOnly)))
                .isInstanceOf(InvalidVideoException.class)
                .hasMessageContaining("no video track");
    }

    @Test
    void shouldRejectVideoTrackWithoutFrames() throws IOException {
        byte[] empty = video.clone();
        ByteBuffer.wrap(empty).putInt(indexOf(empty, "stsz") + 12, 0);

        assertThatThrownBy(() -> inspector.inspect(save("empty-track.mp4", empty)))
                .isInstanceOf(InvalidVideoException.class)
                .hasMessageContaining("no frames");
    }

    @Test
    void shouldRejectBoxInsideMoovClaimingMoreBytesThanMoovHas() throws IOException {
        byte[] corrupt = video.clone();
        ByteBuffer.wrap(corrupt).putInt(indexOf(corrupt, "stsz") - 4, 0x7FFF_FFF0);

        assertThatThrownBy(() -> inspector.inspect(save("corrupt.mp4", corrupt)))
                .isInstanceOf(InvalidVideoException.class)
                .hasMessageContaining("corrupt, box 'stsz'")
                .hasMessageContaining("declares 2147483632 bytes");
    }

    @Test
    void shouldRejectTableWhoseEntryCountOutrunsItsBox() throws IOException {
        byte[] corrupt = video.clone();
        ByteBuffer.wrap(corrupt).putInt(indexOf(corrupt, "stsc") + 8, 0x4000_0000);

        assertThatThrownBy(() -> inspector.inspect(save("corrupt.mp4", corrupt)))
                .isInstanceOf(InvalidVideoException.class)
                .hasMessageContaining("corrupt, the 'stsc' box lists 1073741824 entries but has room for 1");
    }

    @Test
    void shouldRejectFileWithoutMoov() throws IOException {
        byte[] mdatOnly = Arrays.copyOfRange(video, indexOf(video, "mdat") - 4, video.length);

        assertThatThrownBy(() -> inspector.inspect(save("raw.mp4", mdatOnly)))
                .isInstanceOf(InvalidVideoException.class)
                .hasMessageContaining("no moov box");
    }

    @Test
    void shouldReportMissingFileAsReadFailureRatherThanBadVideo() {
        assertThatThrownBy(() -> inspector.inspect(dir.resolve("missing.mp4")))
                .isInstanceOf(UncheckedIOException.class);
    }

    @Test
    void shouldInspectGigabytePaddedFileFromItsHeadersAlone() throws IOException {
        VideoSpec spec = new VideoSpec(1920, 1080, 12, 30, 5, 1L << 30);
        Path file = dir.resolve("padded.mp4");
        try (OutputStream out = new SparseFileOutputStream(file)) {
            new Mp4Synth().write(spec, out);
        }

        Mp4Info info = inspector.inspect(file);

        assertThat(info).isEqualTo(new Mp4Info(12.0, 1920, 1080, "avc1", 360));
    }

    @Test
    @EnabledIf("com.videopipeline.media.ExternalTools#ffmpegAvailable")
    void shouldFindVideoTrackBehindAudioTrackInFileMadeByFfmpeg() throws Exception {
        Path file = dir.resolve("ffmpeg.mp4");
        ExternalTools.Result made = ExternalTools.run("ffmpeg", "-v", "error", "-f", "lavfi", "-i", "sine=d=2",
                "-f", "lavfi", "-i", "testsrc=size=320x240:rate=25:d=2", "-map", "0", "-map", "1",
                "-c:a", "aac", "-c:v", "mpeg4", file.toString());
        assertThat(made.exitCode()).as(made.stderr()).isZero();

        assertThat(inspector.inspect(file)).isEqualTo(new Mp4Info(2.0, 320, 240, "mp4v", 50));
    }

    private Path save(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }

    private static int indexOf(byte[] haystack, String fourCc) {
        byte[] needle = fourCc.getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        throw new AssertionError(fourCc + " not found");
    }
}
