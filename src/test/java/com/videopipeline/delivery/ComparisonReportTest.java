package com.videopipeline.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.videopipeline.ContactSheets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** A request made at several providers is one comparison entry: in the manifest, side by side on the sheet. */
class ComparisonReportTest {

    @TempDir
    Path dir;

    private final BatchReport report = new BatchReport(new ReportProperties(true, 0.5, 480));
    private ManifestWriter.Manifest manifest;

    @BeforeEach
    void batchWithAThreeSidedComparisonAndAPlainJob() throws IOException {
        for (String id : List.of("promo.sora", "promo.runway-gen4.5", "plain")) {
            ReportFixtures.video(dir.resolve(id + ".mp4"), 640, 360, id.length());
        }
        manifest = ReportFixtures.manifest(List.of(
                ReportFixtures.side(ReportFixtures.delivered("promo.sora", "long prompt", null, "0.40", "0.40"),
                        "promo", "sora", "sora-2"),
                ReportFixtures.delivered("plain", "a plain job", null, "0.40", "0.40"),
                ReportFixtures.side(ReportFixtures.delivered("promo.runway-gen4.5", "long prompt", null, "0.48",
                        "0.24"), "promo", "runway", "gen4.5"),
                ReportFixtures.side(ReportFixtures.failed("promo.veo3.1", "long prompt", "SAFETY_INPUT", "refused",
                        "0.80"), "promo", "runway", "veo3.1")),
                ReportFixtures.cost("2.08", "1.04"));
    }

    @Test
    void shouldGatherTheSidesOfARequestIntoOneComparisonEntryInTheOrderMade() {
        assertThat(manifest.comparisons()).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo("promo");
            assertThat(c.prompt()).as("the brief, not the enriched prompt").isEqualTo("the brief");
            assertThat(c.sides()).extracting(Comparisons.Side::job)
                    .containsExactly("promo.sora", "promo.runway-gen4.5", "promo.veo3.1");
            assertThat(c.sides()).extracting(Comparisons.Side::model).containsExactly("sora-2", "gen4.5", "veo3.1");
            assertThat(c.sides().get(2).failure()).isEqualTo("SAFETY_INPUT: refused");
            assertThat(c.cheapestDelivered()).isEqualTo("promo.runway-gen4.5");
        });
    }

    @Test
    void shouldSetTheSidesNextToEachOtherInOneSectionOfTheContactSheet() {
        report.write(dir, manifest);

        Document page = ContactSheets.parse(dir.resolve("report.html"));
        ContactSheets.assertImagesRender(page, dir);
        List<Element> sections = ContactSheets.elements(page.getDocumentElement(), "section");
        assertThat(sections).singleElement().satisfies(section -> {
            assertThat(section.getAttribute("data-comparison")).isEqualTo("promo");
            assertThat(ContactSheets.elements(section, "figure")).extracting(f -> f.getAttribute("data-job"))
                    .containsExactly("promo.sora", "promo.runway-gen4.5", "promo.veo3.1");
            assertThat(ContactSheets.elements(section, "figure").get(1).getAttribute("class")).contains("cheapest");
        });
        assertThat(ContactSheets.tiles(page)).as("every job once: sides in the comparison, the rest in the sheet")
                .containsOnlyKeys("promo.sora", "promo.runway-gen4.5", "promo.veo3.1", "plain");
    }

    @Test
    void shouldNameEachRowsComparisonInTheCsv() throws IOException {
        report.write(dir, manifest);

        List<String> lines = Files.readAllLines(dir.resolve("report.csv"));
        assertThat(lines.get(0)).contains(",comparison,");
        assertThat(lines).filteredOn(l -> l.startsWith("promo.")).hasSize(3).allMatch(l -> l.contains(",promo,"));
        assertThat(lines).filteredOn(l -> l.startsWith("plain,")).singleElement()
                .satisfies(l -> assertThat(l).doesNotContain("promo"));
    }
}
