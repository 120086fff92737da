package com.videopipeline.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Poster frames decoded from real H.264 MP4s with jcodec. */
class PosterFramesTest {

    @TempDir
    Path dir;

    @Test
    void shouldDecodeTheMiddleFrameOfARealVideoIntoAJpegScaledToTheConfiguredWidth() throws IOException {
        Path video = ReportFixtures.video(dir.resolve("a.mp4"), 1280, 720, 3);

        long start = System.nanoTime();
        BufferedImage poster = image(PosterFrames.jpeg(video, 0.5, 480));
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(poster.getWidth()).isEqualTo(480);
        assertThat(poster.getHeight()).isEqualTo(270);
        assertThat(millis).as("a poster must not slow a batch's completion").isLessThan(3000);
        System.out.printf("poster of a 1280x720 video: %d ms (first, including JIT warm-up)%n", millis);
    }

    @Test
    void shouldShowTheVideosOwnColourNotAGreyOrBlackFrame() throws IOException {
        BufferedImage one = image(PosterFrames.jpeg(ReportFixtures.video(dir.resolve("1.mp4"), 320, 180, 1), 0, 480));
        BufferedImage two = image(PosterFrames.jpeg(ReportFixtures.video(dir.resolve("2.mp4"), 320, 180, 2), 1, 480));

        assertThat(one.getWidth()).as("not scaled up").isEqualTo(320);
        assertThat(one.getRGB(160, 90)).as("different videos, different posters").isNotEqualTo(two.getRGB(160, 90));
        assertThat(spread(one.getRGB(160, 90))).as("a coloured frame, not grey").isGreaterThan(30);
        assertThat(colourDistance(one.getRGB(5, 5), one.getRGB(315, 175))).as("a solid frame stays solid")
                .isLessThan(24);
    }

    @Test
    void shouldMeasureTheTimeOfAWarmPosterFrame() throws IOException {
        Path video = ReportFixtures.video(dir.resolve("hd.mp4"), 1920, 1080, 5);
        PosterFrames.jpeg(video, 0.5, 480);

        long start = System.nanoTime();
        for (int i = 0; i < 5; i++) {
            PosterFrames.jpeg(video, 0.5, 480);
        }
        long millis = (System.nanoTime() - start) / 5_000_000;

        System.out.printf("poster of a 1920x1080 video, warm: %d ms%n", millis);
        assertThat(millis).isLessThan(1000);
    }

    @Test
    void shouldRefuseAFileThatIsNotAVideo() throws IOException {
        Path notes = Files.writeString(dir.resolve("notes.mp4"), "not a video");

        assertThatThrownBy(() -> PosterFrames.jpeg(notes, 0.5, 480)).isInstanceOf(IOException.class)
                .hasMessageContaining("notes.mp4");
    }

    private static BufferedImage image(byte[] jpeg) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(jpeg));
    }

    private static int spread(int rgb) {
        int r = rgb >> 16 & 0xFF;
        int g = rgb >> 8 & 0xFF;
        int b = rgb & 0xFF;
        return Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b));
    }

    private static int colourDistance(int a, int b) {
        return Math.abs((a >> 16 & 0xFF) - (b >> 16 & 0xFF)) + Math.abs((a >> 8 & 0xFF) - (b >> 8 & 0xFF))
                + Math.abs((a & 0xFF) - (b & 0xFF));
    }
}
