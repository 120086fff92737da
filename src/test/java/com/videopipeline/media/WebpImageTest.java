package com.videopipeline.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WebpImageTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"640, 360", "1, 1", "1920, 1080", "16384, 16384", "3, 5"})
    void shouldWriteLosslessWebpHeaderWithRequestedSize(int width, int height) {
        ByteBuffer webp = ByteBuffer.wrap(WebpImage.solid(width, height, 0x336699)).order(ByteOrder.LITTLE_ENDIAN);

        assertThat(fourCc(webp, 0)).isEqualTo("RIFF");
        assertThat(webp.getInt(4)).isEqualTo(webp.capacity() - 8);
        assertThat(fourCc(webp, 8)).isEqualTo("WEBP");
        assertThat(fourCc(webp, 12)).isEqualTo("VP8L");
        assertThat(webp.getInt(16)).isBetween(webp.capacity() - 21, webp.capacity() - 20);
        assertThat(webp.get(20)).isEqualTo((byte) 0x2F);
        int sizeBits = webp.getInt(21);
        assertThat((sizeBits & 0x3FFF) + 1).isEqualTo(width);
        assertThat(((sizeBits >>> 14) & 0x3FFF) + 1).isEqualTo(height);
        assertThat(sizeBits >>> 29).as("VP8L version").isZero();
    }

    @Test
    void shouldStayTinyWhateverTheSize() {
        assertThat(WebpImage.solid(16384, 16384, 0xFFFFFF)).hasSizeLessThan(40);
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"0, 10", "10, 0", "-1, 10", "16385, 10", "10, 16385"})
    void shouldRejectSidesOutsideVp8lLimits(int width, int height) {
        assertThatThrownBy(() -> WebpImage.solid(width, height, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1..16384");
    }

    @ParameterizedTest(name = "{0}x{1} #{2}")
    @CsvSource({"640, 360, E53935", "1, 1, 000000", "33, 17, 010203"})
    @EnabledIf("com.videopipeline.media.ExternalTools#dwebpAvailable")
    void shouldDecodeWithDwebpToRequestedSizeAndColour(int width, int height, String hex) throws Exception {
        int rgb = Integer.parseInt(hex, 16);
        Path webp = Files.write(dir.resolve("solid.webp"), WebpImage.solid(width, height, rgb));
        Path pam = dir.resolve("solid.pam");

        ExternalTools.Result decode = ExternalTools.run("dwebp", webp.toString(), "-pam", "-o", pam.toString());

        assertThat(decode.exitCode()).as(decode.stderr()).isZero();
        byte[] image = Files.readAllBytes(pam);
        String header = new String(image, 0, Math.min(image.length, 100), StandardCharsets.US_ASCII);
        assertThat(header).contains("WIDTH " + width + "\n", "HEIGHT " + height + "\n", "DEPTH 4\n");
        byte[] pixels = Arrays.copyOfRange(image, header.indexOf("ENDHDR\n") + 7, image.length);
        assertThat(pixels).hasSize(width * height * 4);
        byte[] expected = {(byte) (rgb >>> 16), (byte) (rgb >>> 8), (byte) rgb, (byte) 0xFF};
        for (int i = 0; i < pixels.length; i += 4) {
            assertThat(Arrays.copyOfRange(pixels, i, i + 4)).isEqualTo(expected);
        }
    }

    private static String fourCc(ByteBuffer buffer, int offset) {
        byte[] type = new byte[4];
        buffer.get(offset, type);
        return new String(type, StandardCharsets.US_ASCII);
    }
}
