package com.videopipeline.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class Mp4SynthTest {

    @TempDir
    Path dir;

    private final Mp4Synth synth = new Mp4Synth();
    private final Mp4Inspector inspector = new Mp4Inspector();

    @ParameterizedTest(name = "{0}x{1}, {2} s at {3} fps")
    @CsvSource({"1280, 720, 12, 30", "720, 1280, 5, 24", "1920, 1080, 12, 30", "1104, 832, 2.5, 25",
        "1280, 720, 3.3, 24", "2, 2, 0.5, 2"})
    void shouldReportRequestedDurationAndSize(int width, int height, double seconds, int fps) throws IOException {
        Mp4Info info = inspector.inspect(write(new VideoSpec(width, height, seconds, fps, 7, 0)));

        assertThat(info.width()).isEqualTo(width);
        assertThat(info.height()).isEqualTo(height);
        assertThat(info.codec()).isEqualTo("avc1");
        assertThat(info.frames()).isEqualTo(Math.round(seconds * fps));
        assertThat(info.durationSeconds()).isCloseTo(seconds, within(1.0 / fps));
    }

    @ParameterizedTest(name = "{0}x{1}, {2} s at {3} fps, {4} padding bytes")
    @CsvSource({"1920, 1080, 12, 30, 0", "1280, 720, 1, 30, 1", "720, 1280, 3.3, 24, 65536",
        "1104, 832, 2.5, 25, 999999"})
    void shouldWriteExactlyTheLengthItAnnounces(int width, int height, double seconds, int fps, long padding)
            throws IOException {
        VideoSpec spec = new VideoSpec(width, height, seconds, fps, 3, padding);
        CountingOutputStream out = new CountingOutputStream();

        synth.write(spec, out);

        assertThat(out.count).isEqualTo(synth.length(spec));
    }

    @Test
    void shouldAddPaddingAsFreeBoxWithoutChangingTheVideo() throws IOException {
        VideoSpec plain = new VideoSpec(1280, 720, 2, 30, 1, 0);
        VideoSpec padded = new VideoSpec(1280, 720, 2, 30, 1, 5_000_000);

        Path file = write(padded);

        assertThat(Files.size(file)).isEqualTo(synth.length(plain) + 5_000_000 + 8);
        assertThat(inspector.inspect(file)).isEqualTo(inspector.inspect(write(plain)));
    }

    @Test
    void shouldPutMoovBeforeMdatSoTheFileCanPlayWhileStreaming() throws IOException {
        byte[] mp4 = bytes(new VideoSpec(640, 360, 1, 25, 0, 100));

        assertThat(topLevelTypes(mp4)).containsExactly("ftyp", "moov", "free", "mdat");
    }

    @Test
    void shouldUseCo64AndLargeSizesOnceSamplesStartBeyond4GiB() throws IOException {
        long padding = (4L << 30) + 123;
        VideoSpec spec = new VideoSpec(640, 360, 2, 30, 0, padding);
        Path file = dir.resolve("huge.mp4");
        try (OutputStream out = new SparseFileOutputStream(file)) {
            synth.write(spec, out);
        }

        assertThat(Files.size(file)).isEqualTo(synth.length(spec));
        String head = new String(head(spec, 4096), StandardCharsets.ISO_8859_1);
        assertThat(head).contains("co64").doesNotContain("stco");
        int free = head.indexOf("free");
        assertThat(ByteBuffer.wrap(head.getBytes(StandardCharsets.ISO_8859_1), free - 4, 4).getInt())
                .as("size 1: the real size follows as a 64-bit largesize").isEqualTo(1);
        assertThat(inspector.inspect(file).frames()).isEqualTo(60);
    }

    @Test
    void shouldGiveDifferentColourSeedsDifferentPictures() throws IOException {
        byte[] red = bytes(new VideoSpec(320, 240, 1, 10, 0, 0));
        byte[] blue = bytes(new VideoSpec(320, 240, 1, 10, 1, 0));

        assertThat(red).isNotEqualTo(blue);
    }

    @Test
    void shouldProduceTheSameBytesForConcurrentCallers() throws Exception {
        VideoSpec spec = new VideoSpec(848, 480, 2, 24, 42, 1000);
        Callable<byte[]> produce = () -> bytes(spec);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<byte[]>> results = pool.invokeAll(IntStream.range(0, 12).mapToObj(i -> produce).toList());
            byte[] expected = results.get(0).get();
            for (Future<byte[]> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("unusableSpecs")
    void shouldRejectSpecsItCannotHonour(VideoSpec spec, String complaint) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThatThrownBy(() -> synth.write(spec, out))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(complaint);
        assertThatThrownBy(() -> synth.length(spec)).isInstanceOf(IllegalArgumentException.class);
        assertThat(out.size()).isZero();
    }

    static Stream<Arguments> unusableSpecs() {
        return Stream.of(
                Arguments.of(new VideoSpec(1279, 720, 1, 30, 0, 0), "width must be even"),
                Arguments.of(new VideoSpec(1280, 719, 1, 30, 0, 0), "height must be even"),
                Arguments.of(new VideoSpec(0, 720, 1, 30, 0, 0), "width must be"),
                Arguments.of(new VideoSpec(1280, -2, 1, 30, 0, 0), "height must be"),
                Arguments.of(new VideoSpec(1280, 720, 0, 30, 0, 0), "seconds must be positive"),
                Arguments.of(new VideoSpec(1280, 720, Double.NaN, 30, 0, 0), "seconds must be positive"),
                Arguments.of(new VideoSpec(1280, 720, 1, 0, 0, 0), "fps must be"),
                Arguments.of(new VideoSpec(1280, 720, 1, 30, 0, -1), "paddingBytes must be"),
                Arguments.of(new VideoSpec(4098, 720, 1, 30, 0, 0), "width must be 1..4096"),
                Arguments.of(new VideoSpec(1280, 720, Double.POSITIVE_INFINITY, 30, 0, 0), "finite"),
                Arguments.of(new VideoSpec(1280, 720, 0.01, 24, 0, 0), "rounds to no frames"));
    }

    private Path write(VideoSpec spec) throws IOException {
        Path file = Files.createTempFile(dir, "synth", ".mp4");
        Files.write(file, bytes(spec));
        return file;
    }

    /** The first {@code limit} bytes of the file, for specs too large to hold in memory. */
    private byte[] head(VideoSpec spec, int limit) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        synth.write(spec, new OutputStream() {
            @Override
            public void write(int b) {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) {
                head.write(bytes, offset, Math.max(0, Math.min(length, limit - head.size())));
            }
        });
        return head.toByteArray();
    }

    private byte[] bytes(VideoSpec spec) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        synth.write(spec, out);
        return out.toByteArray();
    }

    static List<String> topLevelTypes(byte[] mp4) {
        ByteBuffer buffer = ByteBuffer.wrap(mp4);
        List<String> types = new ArrayList<>();
        while (buffer.remaining() >= 8) {
            int start = buffer.position();
            long size = Integer.toUnsignedLong(buffer.getInt());
            types.add(new String(mp4, start + 4, 4, StandardCharsets.ISO_8859_1));
            buffer.position((int) (start + size));
        }
        return types;
    }

    private static final class CountingOutputStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            count += length;
        }
    }
}
