package com.videopipeline.request;

import static com.videopipeline.request.PromptFileSupport.readAll;
import static com.videopipeline.request.PromptFileSupport.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class JsonlPromptLinesTest {

    @TempDir
    Path dir;

    @Test
    void shouldReadOneObjectPerLineAndSkipBlankLines() {
        List<RawLine> lines = readAll(dir, "p.jsonl",
                "{\"prompt\": \"a cat\", \"seconds\": 5}\n\n   \n{\"prompt\": \"a dog\", \"tags\": [\"x\", \"y\"]}\n");

        assertThat(lines).extracting(RawLine::line, RawLine::error).containsExactly(tuple(1, null), tuple(4, null));
        assertThat(lines.get(0).fields()).containsEntry("prompt", "a cat").containsEntry("seconds", 5);
        assertThat(lines.get(1).fields()).containsEntry("tags", List.of("x", "y"));
    }

    @Test
    void shouldKeepNullValuesSoTheMapperCanTreatThemAsAbsent() {
        List<RawLine> lines = readAll(dir, "p.jsonl", "{\"prompt\": \"a cat\", \"seed\": null}\n");

        assertThat(lines.get(0).fields()).containsEntry("seed", null);
    }

    @Test
    @Timeout(15)
    void shouldStreamA100000LineFileToTheEndWithTheRightLastLineNumber() throws IOException {
        Path file = dir.resolve("big.jsonl");
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            for (int i = 1; i <= 100_000; i++) {
                out.write("{\"id\": \"clip-" + i + "\", \"prompt\": \"prompt number " + i + "\"}\n");
            }
        }

        int count = 0;
        RawLine last = null;
        try (PromptLines entries = PromptFiles.open(file)) {
            while (entries.hasNext()) {
                last = entries.next();
                count++;
            }
        }

        assertThat(count).isEqualTo(100_000);
        assertThat(last.line()).isEqualTo(100_000);
        assertThat(last.fields()).containsEntry("id", "clip-100000");
    }

    @Nested
    class BadLines {

        @Test
        void shouldReportLineNumberOfMalformedJsonlLineAndKeepReading() {
            List<RawLine> lines = readAll(dir, "p.jsonl",
                    "{\"prompt\": \"ok\"}\n{\"prompt\": \"missing quote}\n{\"prompt\": \"also ok\"}\n");

            assertThat(lines).extracting(RawLine::line).containsExactly(1, 2, 3);
            assertThat(lines.get(1).error()).startsWith("malformed JSON: ");
            assertThat(lines.get(1).fields()).isEmpty();
            assertThat(lines.get(2).fields()).containsEntry("prompt", "also ok");
        }

        @Test
        void shouldReportLineThatIsNotAnObjectInsteadOfFailing() {
            List<RawLine> lines = readAll(dir, "p.jsonl", "42\n\"a cat\"\n[1, 2]\n{\"prompt\": \"ok\"}\n");

            assertThat(lines).extracting(RawLine::line, RawLine::error).containsExactly(
                    tuple(1, "line is not a JSON object, found a number"),
                    tuple(2, "line is not a JSON object, found a string"),
                    tuple(3, "line is not a JSON object, found a list"),
                    tuple(4, null));
        }

        @Test
        void shouldReportTextAfterTheObjectOnTheSameLine() {
            List<RawLine> lines = readAll(dir, "p.jsonl", "{\"prompt\": \"a\"} {\"prompt\": \"b\"}\n");

            assertThat(lines).extracting(RawLine::error)
                    .containsExactly("unexpected text after the JSON object (put one object per line)");
        }

        @Test
        void shouldReportFieldWrittenTwiceRatherThanSilentlyKeepingOne() {
            List<RawLine> lines = readAll(dir, "p.jsonl", "{\"prompt\": \"a\", \"prompt\": \"b\"}\n");

            assertThat(lines).extracting(RawLine::error).containsExactly("field 'prompt' appears more than once");
        }

        @Test
        void shouldReportLineWithInvalidUtf8() {
            byte[] bytes = "{\"prompt\": \"caf\u00e9\"}\n{\"prompt\": \"ok\"}\n"
                    .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

            List<RawLine> lines = readAll(write(dir, "p.jsonl", bytes));

            assertThat(lines).extracting(RawLine::line, RawLine::error).containsExactly(
                    tuple(1, "entry is not valid UTF-8 text (save the file as UTF-8)"), tuple(2, null));
        }
    }

    @Test
    void shouldReturnFieldsInTheOrderWritten() {
        List<RawLine> lines = readAll(dir, "p.jsonl", "{\"b\": 1, \"a\": 2, \"prompt\": \"x\"}\n");

        assertThat(lines.get(0).fields().keySet()).containsExactly("b", "a", "prompt");
        assertThat(lines.get(0).fields()).isEqualTo(Map.of("b", 1, "a", 2, "prompt", "x"));
    }
}
