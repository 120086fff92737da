package com.videopipeline.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** report.csv: a row per job, quoted so commas, quotes and newlines in prompts survive a spreadsheet. */
class ReportCsvTest {

    private static final String TRICKY = "a \"quoted\" word, a comma\nand a second line";

    @Test
    void shouldWriteAHeaderAndOneRowPerJobThatReadsBackExactly() throws IOException {
        List<Map<String, String>> rows = read(ReportCsv.csv(List.of(
                ReportFixtures.delivered("sunrise", TRICKY, null, "0.40", "0.38"),
                ReportFixtures.failed("storm", "a storm", "SAFETY_INPUT", "refused, \"unsafe\"", "0.80"))));

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).containsEntry("id", "sunrise").containsEntry("status", "delivered")
                .containsEntry("provider", "runway").containsEntry("model", "gen4_turbo")
                .containsEntry("seconds_requested", "4").containsEntry("duration_seconds", "4.0")
                .containsEntry("size", "640x360").containsEntry("estimated_cost_usd", "0.40")
                .containsEntry("actual_cost_usd", "0.38").containsEntry("file", "sunrise.mp4")
                .containsEntry("prompt", TRICKY).containsEntry("failure_kind", "");
        assertThat(rows.get(1)).containsEntry("failure_kind", "SAFETY_INPUT")
                .containsEntry("failure_reason", "refused, \"unsafe\"").containsEntry("file", "")
                .containsEntry("actual_cost_usd", "");
    }

    @Test
    void shouldQuoteFieldsWithQuotesCommasAndNewlinesTheRfc4180Way() {
        String csv = new String(ReportCsv.csv(List.of(ReportFixtures.delivered("a", TRICKY, null, "1", "1"))),
                StandardCharsets.UTF_8);

        assertThat(csv.lines().findFirst()).hasValue("id,status,provider,model,seconds_requested,duration_seconds,"
                + "size,estimated_cost_usd,actual_cost_usd,discarded_videos,failure_kind,failure_category,"
                + "failure_reason,file,comparison,"
                + "budget,prompt");
        assertThat(csv).contains("\"a \"\"quoted\"\" word, a comma\nand a second line\"");
    }

    @Test
    void shouldDefuseAPromptThatASpreadsheetWouldRunAsAFormula() throws IOException {
        List<Map<String, String>> rows = read(ReportCsv.csv(List.of(
                ReportFixtures.delivered("a", "=HYPERLINK(\"http://evil\")", null, "1", "1"),
                ReportFixtures.delivered("b", "-2+3", null, "1", "1"),
                ReportFixtures.delivered("c", "a calm sea = peace", null, "1", "1"))));

        assertThat(rows).extracting(r -> r.get("prompt"))
                .containsExactly("'=HYPERLINK(\"http://evil\")", "'-2+3", "a calm sea = peace");
    }

    private static List<Map<String, String>> read(byte[] csv) throws IOException {
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
            return it.readAll();
        }
    }
}
