package com.videopipeline.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Checks the synthetic MP4s against ffmpeg's own reading of them; skipped where ffprobe is not installed. */
@EnabledIf("com.videopipeline.media.ExternalTools#ffprobeAvailable")
class FfprobeAgreementTest {

    @TempDir
    Path dir;

    private final Mp4Synth synth = new Mp4Synth();

    @ParameterizedTest(name = "{0}x{1}, {2} s at {3} fps")
    @CsvSource({"1280, 720, 12, 30", "720, 1280, 5, 24", "1920, 1080, 12, 30", "1104, 832, 2.5, 25"})
    void shouldAgreeWithFfprobeOnSizeDurationAndCodec(int width, int height, double seconds, int fps)
            throws Exception {
        Path file = write(new VideoSpec(width, height, seconds, fps, 9, 0));

        Map<String, String> probe = ffprobe(file);

        assertThat(probe).containsEntry("codec_name", "h264")
                .containsEntry("width", String.valueOf(width))
                .containsEntry("height", String.valueOf(height))
                .containsEntry("nb_frames", String.valueOf(Math.round(seconds * fps)));
        assertThat(Double.parseDouble(probe.get("duration"))).isCloseTo(seconds, within(1.0 / fps));
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1920, 1080", "1104, 832", "2, 2"})
    @EnabledIf("com.videopipeline.media.ExternalTools#ffmpegAvailable")
    void shouldDecodeEveryFrameWithoutErrors(int width, int height) throws Exception {
        Path file = write(new VideoSpec(width, height, 2, 30, 4, 0));

        ExternalTools.Result decode =
                ExternalTools.run("ffmpeg", "-v", "error", "-i", file.toString(), "-f", "null", "-");

        assertThat(decode.exitCode()).isZero();
        assertThat(decode.stderr()).isBlank();
    }

    @Test
    void shouldAgreeWithFfprobeWhenSamplesStartBeyond4GiB() throws Exception {
        Path file = dir.resolve("huge.mp4");
        try (OutputStream out = new SparseFileOutputStream(file)) {
            synth.write(new VideoSpec(640, 360, 2, 30, 0, 5L << 30), out);
        }

        Map<String, String> probe = ffprobe(file);

        assertThat(probe).containsEntry("width", "640").containsEntry("height", "360")
                .containsEntry("nb_frames", "60");
    }

    private Path write(VideoSpec spec) throws IOException {
        Path file = Files.createTempFile(dir, "probe", ".mp4");
        try (OutputStream out = Files.newOutputStream(file)) {
            synth.write(spec, out);
        }
        return file;
    }

    private static Map<String, String> ffprobe(Path file) throws Exception {
        ExternalTools.Result probe = ExternalTools.run("ffprobe", "-v", "error", "-select_streams", "v:0",
                "-show_entries", "stream=codec_name,width,height,nb_frames:format=duration",
                "-of", "default=noprint_wrappers=1", file.toString());
        assertThat(probe.exitCode()).as(probe.stderr()).isZero();
        assertThat(probe.stderr()).isBlank();
        return probe.stdout().lines()
                .map(line -> line.split("=", 2))
                .collect(Collectors.toMap(kv -> kv[0], kv -> kv[1], (first, second) -> first));
    }
}
