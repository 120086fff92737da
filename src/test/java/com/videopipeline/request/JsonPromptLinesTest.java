package com.videopipeline.request;

import static com.videopipeline.request.PromptFileSupport.readAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonPromptLinesTest {

    @TempDir
    Path dir;

    @Test
    void shouldStreamArrayEntriesWithTheLineEachObjectStartsOn() {
        List<RawLine> lines = readAll(dir, "p.json", """
                [
                  {"prompt": "a cat", "seconds": 6},
                  {
                    "prompt": "a dog",
                    "tags": ["pets", "outdoor"]
                  }
                ]
                """);

        assertThat(lines).extracting(RawLine::line, RawLine::error).containsExactly(tuple(2, null), tuple(3, null));
        assertThat(lines.get(0).fields()).containsEntry("seconds", 6);
        assertThat(lines.get(1).fields()).containsEntry("tags", List.of("pets", "outdoor"));
    }

    @Test
    void shouldYieldNothingForAnEmptyArrayOrEmptyFile() {
        assertThat(readAll(dir, "a.json", "[]")).isEmpty();
        assertThat(readAll(dir, "b.json", "  \n")).isEmpty();
    }

    @Nested
    class BadEntries {

        @Test
        void shouldReportMalformedTailAtItsLineAfterTheGoodEntriesAndStop() {
            List<RawLine> lines = readAll(dir, "p.json", """
                    [
                      {"prompt": "one"},
                      {"prompt": "two"},
                      {"prompt": "three" "seconds": 5},
                      {"prompt": "never read"}
                    ]
                    """);

            assertThat(lines).extracting(RawLine::line).containsExactly(2, 3, 4);
            assertThat(lines.get(2).error())
                    .startsWith("malformed JSON at line 4: ")
                    .endsWith("; entries after this point were not read");
        }

        @Test
        void shouldReportFileCutOffInTheMiddleOfAnEntry() {
            List<RawLine> lines = readAll(dir, "p.json", "[\n{\"prompt\": \"one\"},\n{\"prompt\": \"tw");

            assertThat(lines).extracting(RawLine::line).containsExactly(2, 3);
            assertThat(lines.get(1).error()).startsWith("malformed JSON at line 3: ");
        }

        @Test
        void shouldReportEntryThatIsNotAnObjectAndGoOn() {
            List<RawLine> lines = readAll(dir, "p.json", "[\n 42,\n [\"a\"],\n {\"prompt\": \"ok\"}\n]");

            assertThat(lines).extracting(RawLine::line, RawLine::error).containsExactly(
                    tuple(2, "entry is not an object, found a number"),
                    tuple(3, "entry is not an object, found a list"),
                    tuple(4, null));
        }

        @Test
        void shouldRejectTopLevelObjectBecauseTheFileMustBeAnArray() {
            List<RawLine> lines = readAll(dir, "p.json", "{\"prompt\": \"a cat\"}");

            assertThat(lines).extracting(RawLine::line, RawLine::error).containsExactly(tuple(1,
                    "expected a JSON array of request objects, found an object; nothing was read"));
        }

        @Test
        void shouldReportContentAfterTheArray() {
            List<RawLine> lines = readAll(dir, "p.json", "[{\"prompt\": \"a\"}]\n[{\"prompt\": \"b\"}]\n");

            assertThat(lines).extracting(RawLine::line, RawLine::error).containsExactly(
                    tuple(1, null), tuple(2, "unexpected content after the list at line 2; it was not read"));
        }

        @Test
        void shouldReportDuplicateFieldAsAnEntryErrorAndKeepStreaming() {
            List<RawLine> lines = readAll(dir, "p.json", "[{\"seed\": 1, \"seed\": 2},\n{\"prompt\": \"b\"}]");

            assertThat(lines).extracting(RawLine::line, RawLine::error).containsExactly(
                    tuple(1, "field 'seed' appears more than once"), tuple(2, null));
        }
    }
}
