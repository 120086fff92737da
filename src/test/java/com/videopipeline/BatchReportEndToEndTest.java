package com.videopipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.w3c.dom.Document;

/**
 * A batch with delivered, refused and wrong-length videos ends with manifest.json, report.csv and report.html
 * that agree with each other: a row and a tile per job, a poster per delivered video, the costs summed.
 */
@SpringBootTest
class BatchReportEndToEndTest {

    private static final String HOSTILE = "a <b>bold</b> & \"quoted\" sunrise, it's <script>x</script>";

    @TempDir
    static Path root;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        PipelineTestSupport.register(registry, root);
    }

    @BeforeAll
    static void dropMixedBatch() throws IOException {
        PipelineTestSupport.drop(root.resolve("inbox"), "report.jsonl", String.join("\n",
                "{\"id\": \"from-runway\", \"prompt\": " + quoted(HOSTILE) + ", \"provider\": \"runway\", \"seconds\": 5}",
                "{\"id\": \"from-sora\", \"prompt\": \"a calm lake, at dawn\", \"provider\": \"sora\", \"seconds\": 4}",
                "{\"id\": \"refused\", \"prompt\": \"a protest [sim:fail=SAFETY.INPUT.TEXT]\", \"provider\": \"runway\", \"seconds\": 5}",
                "{\"id\": \"too-short\", \"prompt\": \"a lake [sim:seconds=2]\", \"provider\": \"runway\", \"seconds\": 5}",
                ""));
    }

    @Test
    void shouldWriteAContactSheetWithATilePerJobAndAPosterPerDeliveredVideo() {
        Path dir = batchDir();
        Document page = ContactSheets.parse(dir.resolve("report.html"));

        Map<String, ContactSheets.Tile> tiles = ContactSheets.tiles(page);
        assertThat(tiles).containsOnlyKeys("from-runway", "from-sora", "refused", "too-short");
        assertThat(tiles.get("from-runway").image()).isEqualTo("from-runway.poster.jpg");
        assertThat(tiles.get("from-sora").image()).as("OpenAI's own thumbnail").isEqualTo("from-sora.webp");
        assertThat(tiles.get("from-runway").link()).isEqualTo("from-runway.mp4");
        assertThat(tiles.get("refused").status()).isEqualTo("failed");
        assertThat(tiles.get("refused").image()).isNull();
        assertThat(tiles.get("from-runway").prompt()).isEqualTo(HOSTILE);
        assertThat(page.getElementsByTagName("script").getLength()).isZero();
        ContactSheets.assertImagesRender(page, dir);
    }

    @Test
    void shouldWriteACsvRowPerJobMatchingTheManifest() throws IOException {
        Path dir = batchDir();
        Map<String, JsonNode> jobs = Manifests.jobsById(Manifests.read(dir.resolve("manifest.json")));

        List<Map<String, String>> rows = csv(dir.resolve("report.csv"));
        assertThat(rows).extracting(r -> r.get("id")).containsExactlyInAnyOrderElementsOf(jobs.keySet());
        for (Map<String, String> row : rows) {
            JsonNode job = jobs.get(row.get("id"));
            assertThat(row.get("status")).isEqualTo(job.get("status").asText());
            assertThat(row.get("model")).isEqualTo(job.get("model").asText());
            assertThat(row.get("failure_kind")).isEqualTo(job.at("/failure/kind").asText());
        }
        Map<String, String> refused = rows.stream().filter(r -> r.get("id").equals("refused")).findFirst().orElseThrow();
        assertThat(refused.get("failure_reason")).contains("SAFETY.INPUT.TEXT");
    }

    @Test
    void shouldSumTheCostsIncludingThePaidForDiscardedVideoInManifestAndSheet() {
        Path dir = batchDir();
        JsonNode manifest = Manifests.read(dir.resolve("manifest.json"));
        BigDecimal actual = BigDecimal.ZERO;
        BigDecimal estimated = BigDecimal.ZERO;
        for (JsonNode job : manifest.get("jobs")) {
            actual = actual.add(job.path("actualCostUsd").decimalValue());
            estimated = estimated.add(job.path("estimatedCostUsd").decimalValue());
        }

        JsonNode cost = manifest.get("cost");
        assertThat(cost.get("actualUsd").decimalValue()).isEqualByComparingTo(actual).isPositive();
        assertThat(cost.get("estimatedUsd").decimalValue()).isEqualByComparingTo(estimated);
        assertThat(cost.get("discardedVideos").asInt()).isEqualTo(1);
        assertThat(cost.get("discardedUsd").decimalValue())
                .isEqualByComparingTo(manifest.at("/jobs").findValue("discardedVideos").at("/0/costUsd").decimalValue());
        assertThat(cost.get("secondsRequested").asInt()).isEqualTo(19);
        assertThat(manifest.at("/reports/html").asText()).isEqualTo("report.html");

        Map<String, String> totals = ContactSheets.totals(ContactSheets.parse(dir.resolve("report.html")));
        assertThat(new BigDecimal(totals.get("actual-usd").substring(1))).isEqualByComparingTo(actual);
        assertThat(new BigDecimal(totals.get("estimated-usd").substring(1))).isEqualByComparingTo(estimated);
        assertThat(totals).containsEntry("delivered", "2").containsEntry("failed", "2");
    }

    /** The batch's folder once its manifest, written after the report, is there. */
    private static Path batchDir() {
        Manifests.await(root, "report-jsonl", Duration.ofSeconds(40));
        return Manifests.find(root, "report-jsonl").getParent();
    }

    private static List<Map<String, String>> csv(Path file) throws IOException {
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(file.toFile())) {
            return it.readAll();
        }
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
