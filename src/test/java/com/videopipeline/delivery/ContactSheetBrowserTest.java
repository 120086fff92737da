package com.videopipeline.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.videopipeline.media.WebpImage;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * The contact sheet as a real browser shows it: Chromium (headless, a child process) renders a batch's
 * {@code report.html} to a PNG, kept in the build folder ({@code contact-sheet/report.png}) to be looked at, which
 * must be the page's size, far from blank, and show each poster's own colour: the posters decoded from the videos
 * and the provider's WebP thumbnail were found, decoded and drawn.
 */
class ContactSheetBrowserTest {

    private static final int WIDTH = 1280;
    private static final int HEIGHT = 2000;
    private static final int THUMBNAIL = 0x336699;

    private Path dir;

    @BeforeEach
    void batchFolderInTheBuildDirectory() throws IOException, URISyntaxException {
        Path testClasses = Path.of(getClass().getProtectionDomain().getCodeSource().getLocation().toURI());
        dir = testClasses.getParent().resolve("contact-sheet");
        FileSystemUtils.deleteRecursively(dir);
        Files.createDirectories(dir);
    }

    @Test
    void shouldRenderInABrowserWithEveryPosterDrawn() throws Exception {
        HeadlessChromium.require();
        Path page = writeSheet();

        Path png = dir.resolve("report.png");
        HeadlessChromium.screenshot(page, png, WIDTH, HEIGHT);

        BufferedImage shot = ImageIO.read(png.toFile());
        assertThat(shot).as("a PNG that decodes").isNotNull();
        assertThat(shot.getWidth()).isEqualTo(WIDTH);
        assertThat(shot.getHeight()).isEqualTo(HEIGHT);
        assertThat(colours(shot)).as("text, borders and pictures, not a blank page").isGreaterThan(200);
        for (String poster : List.of("sunrise.poster.jpg", "meadow.poster.jpg")) {
            int colour = centre(dir.resolve(poster));
            assertThat(saturated(colour)).as("precondition: %s is unlike the page's greys", poster).isTrue();
            assertThat(pixelsNear(shot, colour)).as("%s drawn", poster).isGreaterThan(20_000);
        }
        assertThat(pixelsNear(shot, THUMBNAIL)).as("the WebP thumbnail drawn").isGreaterThan(20_000);
    }

    /** Two videos with posters made from their frames (red, green), one with a thumbnail, one failure. */
    private Path writeSheet() throws IOException {
        ReportFixtures.video(dir.resolve("sunrise.mp4"), 640, 360, 0);
        ReportFixtures.video(dir.resolve("meadow.mp4"), 640, 360, 2);
        ReportFixtures.video(dir.resolve("city.mp4"), 640, 360, 1);
        Files.write(dir.resolve("city.webp"), WebpImage.solid(640, 360, THUMBNAIL));
        ManifestWriter.Manifest manifest = ReportFixtures.manifest(List.of(
                ReportFixtures.delivered("sunrise", "a sunrise over the sea", null, "0.40", "0.40"),
                ReportFixtures.delivered("meadow", "a meadow in the wind", null, "0.40", "0.40"),
                ReportFixtures.delivered("city", "a city at night", "city.webp", "0.48", "0.68"),
                ReportFixtures.failed("storm", "a storm <b>", "SAFETY_INPUT", "refused by the provider", "0.80")),
                ReportFixtures.cost("2.08", "1.48"));
        new BatchReport(new ReportProperties(true, 0.5, 480)).write(dir, manifest);
        return dir.resolve("report.html");
    }

    private static int centre(Path image) throws IOException {
        BufferedImage picture = ImageIO.read(image.toFile());
        return picture.getRGB(picture.getWidth() / 2, picture.getHeight() / 2) & 0xFFFFFF;
    }

    private static boolean saturated(int rgb) {
        int r = rgb >> 16 & 0xFF;
        int g = rgb >> 8 & 0xFF;
        int b = rgb & 0xFF;
        return Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 60;
    }

    private static int colours(BufferedImage image) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                seen.add(image.getRGB(x, y) & 0xFFFFFF);
            }
        }
        return seen.size();
    }

    /** Pixels within 16 of {@code rgb} in every channel (JPEG, WebP and scaling shift colours a little). */
    private static int pixelsNear(BufferedImage image, int rgb) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int p = image.getRGB(x, y);
                if (Math.abs((p >> 16 & 0xFF) - (rgb >> 16 & 0xFF)) <= 16
                        && Math.abs((p >> 8 & 0xFF) - (rgb >> 8 & 0xFF)) <= 16
                        && Math.abs((p & 0xFF) - (rgb & 0xFF)) <= 16) {
                    count++;
                }
            }
        }
        return count;
    }
}
