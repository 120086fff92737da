package com.videopipeline.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.videopipeline.ContactSheets;
import com.videopipeline.media.WebpImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** The contact sheet and CSV beside a batch: posters, escaping, relative links, totals. */
class BatchReportTest {

    private static final String HOSTILE = "<script>alert('x')</script> & <img src=x onerror=alert(1)> \"quoted\"";

    @TempDir
    Path dir;

    private final BatchReport report = new BatchReport(new ReportProperties(true, 0.5, 480));
    private ManifestWriter.Manifest manifest;

    @BeforeEach
    void batchWithAPosterAThumbnailAndAFailure() throws IOException {
        ReportFixtures.video(dir.resolve("sunrise.mp4"), 640, 360, 4);
        ReportFixtures.video(dir.resolve("city.mp4"), 640, 360, 7);
        Files.write(dir.resolve("city.webp"), WebpImage.solid(64, 36, 0x336699));
        manifest = ReportFixtures.manifest(List.of(
                ReportFixtures.delivered("sunrise", HOSTILE, null, "0.40", "0.40"),
                ReportFixtures.delivered("city", "a city at night\u0001", "city.webp", "0.48", "0.68"),
                ReportFixtures.failed("storm", "a storm <b>", "SAFETY_INPUT", "refused: <policy> & more", "0.80")),
                ReportFixtures.cost("1.68", "1.08"));
    }

    @Test
    void shouldWriteAContactSheetThatParsesStrictlyWithEveryImageBesideIt() {
        assertThat(report.write(dir, manifest)).isEqualTo(new BatchReport.ReportFiles("report.csv", "report.html",
                List.of("sunrise.poster.jpg")));

        Document page = ContactSheets.parse(dir.resolve("report.html"));
        ContactSheets.assertImagesRender(page, dir);
        Map<String, ContactSheets.Tile> tiles = ContactSheets.tiles(page);
        assertThat(tiles).containsOnlyKeys("sunrise", "city", "storm");
        assertThat(tiles.get("sunrise").image()).isEqualTo("sunrise.poster.jpg");
        assertThat(tiles.get("sunrise").link()).isEqualTo("sunrise.mp4");
        assertThat(tiles.get("city").image()).as("the provider's thumbnail is preferred").isEqualTo("city.webp");
        assertThat(tiles.get("storm").image()).as("no video, no poster").isNull();
        assertThat(dir.resolve("city.poster.jpg")).doesNotExist();
    }

    @Test
    void shouldShowPromptsAndReasonsAsTextNeverAsMarkup() throws IOException {
        report.write(dir, manifest);

        Document page = ContactSheets.parse(dir.resolve("report.html"));
        assertThat(ContactSheets.tiles(page).get("sunrise").prompt()).isEqualTo(HOSTILE);
        assertThat(ContactSheets.tiles(page).get("city").prompt()).isEqualTo("a city at night\uFFFD");
        assertThat(page.getElementsByTagName("script").getLength()).isZero();
        assertThat(page.getElementsByTagName("img").getLength()).as("only the two posters").isEqualTo(2);
        assertThat(page.getElementsByTagName("b").getLength()).isZero();
        assertThat(Files.readString(dir.resolve("report.html"))).contains("refused: &lt;policy&gt; &amp; more");
    }

    @Test
    void shouldShowTheBatchTotalsOnTop() {
        report.write(dir, manifest);

        Map<String, String> totals = ContactSheets.totals(ContactSheets.parse(dir.resolve("report.html")));
        assertThat(totals).containsEntry("estimated-usd", "$1.68").containsEntry("actual-usd", "$1.08")
                .containsEntry("delivered", "2").containsEntry("failed", "1")
                .containsEntry("discarded-usd", "$0.20 (1 videos)");
    }

    @Test
    void shouldKeepAPosterMadeBeforeACrashAndWriteNothingWhenSwitchedOff() throws IOException {
        Files.writeString(dir.resolve("sunrise.poster.jpg"), "made before the crash");
        report.write(dir, manifest);
        assertThat(Files.readString(dir.resolve("sunrise.poster.jpg"))).isEqualTo("made before the crash");

        Path other = Files.createDirectories(dir.resolve("off"));
        assertThat(new BatchReport(new ReportProperties(false, 0.5, 480)).write(other, manifest)).isNull();
        assertThat(other).isEmptyDirectory();
    }

    @Test
    void shouldLeaveNoTemporaryFilesBehind() throws IOException {
        report.write(dir, manifest);

        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("."))
                    .contains("report.csv", "report.html", "sunrise.poster.jpg");
        }
    }
}
