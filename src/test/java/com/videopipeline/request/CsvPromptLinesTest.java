package com.videopipeline.request;

import static com.videopipeline.request.PromptFileSupport.readAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvPromptLinesTest {

    @TempDir
    Path dir;

    @Test
    void shouldMapEachRowToTheTrimmedHeaderNames() {
        List<RawLine> lines = readAll(dir, "p.csv", " id , prompt ,seconds\nc1,a cat,5\nc2,a dog,\n");

        assertThat(lines).extracting(RawLine::line, RawLine::fields).containsExactly(
                tuple(2, Map.of("id", "c1", "prompt", "a cat", "seconds", "5")),
                tuple(3, Map.of("id", "c2", "prompt", "a dog", "seconds", "")));
    }

    @Test
    void shouldKeepQuotedCommasAndDoubledQuotesInsideOneValue() {
        List<RawLine> lines = readAll(dir, "p.csv", "prompt,tags\n\"a cat, \"\"Tom\"\", asleep\",pets\n");

        assertThat(lines.get(0).fields()).containsEntry("prompt", "a cat, \"Tom\", asleep");
    }

    @Test
    void shouldAllowSpacesAroundAQuotedValue() {
        List<RawLine> lines = readAll(dir, "p.csv", "id,prompt\nc1, \"a cat, asleep\" \n");

        assertThat(lines.get(0).fields()).containsEntry("prompt", "a cat, asleep");
    }

    @Test
    void shouldReportQuotedNewlineRecordAtItsFirstLineAndCountTheLinesAfterIt() {
        List<RawLine> lines = readAll(dir, "p.csv", "id,prompt\nc1,\"first line\nsecond line\r\nthird\"\nc2,next\n");

        assertThat(lines).extracting(RawLine::line).containsExactly(2, 5);
        assertThat(lines.get(0).fields()).containsEntry("prompt", "first line\nsecond line\nthird");
        assertThat(lines.get(1).fields()).containsEntry("id", "c2");
    }

    @Test
    void shouldSkipBlankRowsAndRowsOfEmptyCells() {
        List<RawLine> lines = readAll(dir, "p.csv", "\nid,prompt\r\n\r\nc1,a cat\r\n,\r\n   \r\nc2,a dog\r\n");

        assertThat(lines).extracting(RawLine::line).containsExactly(4, 7);
    }

    @Test
    void shouldYieldNothingForAHeaderOnlyFile() {
        assertThat(readAll(dir, "p.csv", "id,prompt\n")).isEmpty();
    }

    @Nested
    class BadRows {

        @Test
        void shouldReportRowWithWrongColumnCountAndKeepReading() {
            List<RawLine> lines = readAll(dir, "p.csv", "id,prompt\nc1,a cat, asleep\nc2\nc3,a dog\n");

            assertThat(lines).extracting(RawLine::line, RawLine::error).containsExactly(
                    tuple(2, "row has 3 values but the header has 2 columns (quote values that contain commas)"),
                    tuple(3, "row has 1 values but the header has 2 columns (quote values that contain commas)"),
                    tuple(4, null));
        }

        @Test
        void shouldReportTextAfterAClosingQuote() {
            List<RawLine> lines = readAll(dir, "p.csv", "id,prompt\nc1,\"a cat\" asleep\nc2,ok\n");

            assertThat(lines).extracting(RawLine::line, RawLine::error).containsExactly(
                    tuple(2, "text after the closing quote in column 2 (double a quote inside a quoted value: \"\")"),
                    tuple(3, null));
        }

        @Test
        void shouldReportQuoteThatIsNeverClosedAndStop() {
            List<RawLine> lines = readAll(dir, "p.csv", "id,prompt\nc1,ok\nc2,\"never closed\nc3,lost\n");

            assertThat(lines).extracting(RawLine::line, RawLine::error).containsExactly(
                    tuple(2, null),
                    tuple(3, "quote opened on line 3 is never closed; entries after it were not read"));
        }

        @Test
        void shouldRejectHeaderThatNamesAColumnTwice() {
            List<RawLine> lines = readAll(dir, "p.csv", "prompt,Prompt,prompt\na,b,c\n");

            assertThat(lines).extracting(RawLine::line, RawLine::error).containsExactly(
                    tuple(1, "header names column 'prompt' twice; nothing was read"));
        }

        @Test
        void shouldRejectHeaderWithAnUnnamedColumn() {
            List<RawLine> lines = readAll(dir, "p.csv", "id,,prompt\na,b,c\n");

            assertThat(lines).extracting(RawLine::error).containsExactly(
                    "header column 2 has no name; nothing was read");
        }
    }
}
