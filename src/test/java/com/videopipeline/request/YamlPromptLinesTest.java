package com.videopipeline.request;

import static com.videopipeline.request.PromptFileSupport.readAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class YamlPromptLinesTest {

    @TempDir
    Path dir;

    @Test
    void shouldReadTopLevelListWithTheLineEachMappingStartsOn() {
        List<RawLine> lines = readAll(dir, "p.yaml", """
                # evening batch
                - prompt: a cat on a roof
                  seconds: 6
                - prompt: |
                    a dog
                    running
                  tags: [pets, outdoor]
                """);

        assertThat(lines).extracting(RawLine::line, RawLine::error).containsExactly(tuple(2, null), tuple(4, null));
        assertThat(lines.get(0).fields()).containsEntry("prompt", "a cat on a roof").containsEntry("seconds", "6");
        assertThat(lines.get(1).fields()).containsEntry("prompt", "a dog\nrunning\n")
                .containsEntry("tags", List.of("pets", "outdoor"));
    }

    @Test
    void shouldReadTheRequestsListOfATopLevelMapping() {
        List<RawLine> lines = readAll(dir, "p.yml", """
                requests:
                  - prompt: first
                  - prompt: second
                """);

        assertThat(lines).extracting(RawLine::line, RawLine::error).containsExactly(tuple(2, null), tuple(3, null));
        assertThat(lines.get(1).fields()).containsEntry("prompt", "second");
    }

    @Test
    void shouldKeepScalarsAsWrittenSoIdsLike007AreNotTurnedIntoNumbers() {
        List<RawLine> lines = readAll(dir, "p.yaml", "- id: 007\n  prompt: yes\n  seed: ~\n");

        assertThat(lines.get(0).fields())
                .containsEntry("id", "007")
                .containsEntry("prompt", "yes")
                .containsEntry("seed", null);
    }

    @Test
    @Timeout(20)
    void shouldReadFileLargerThanSnakeYamlsDefaultDocumentLimit() throws IOException {
        Path file = dir.resolve("big.yaml");
        String padding = "x".repeat(100);
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            for (int i = 1; i <= 40_000; i++) {
                out.write("- prompt: prompt " + i + " " + padding + "\n");
            }
        }

        List<RawLine> lines = readAll(file);

        assertThat(Files.size(file)).isGreaterThan(3L * 1024 * 1024);
        assertThat(lines).hasSize(40_000).allMatch(line -> line.error() == null);
        assertThat(lines.get(39_999).line()).isEqualTo(40_000);
    }

    @Nested
    class BadEntries {

        @Test
        void shouldReportMalformedYamlAtTheLineWhereTheBrokenPartBeganAndStop() {
            List<RawLine> lines = readAll(dir, "p.yaml", """
                    - prompt: one
                    - prompt: "two
                    - prompt: three
                    """);

            assertThat(lines).extracting(RawLine::line, RawLine::error).containsExactly(
                    tuple(1, null),
                    tuple(2, "malformed YAML at line 2: while scanning a quoted scalar (line 2), found unexpected"
                            + " end of stream (line 4); entries after this point were not read"));
        }

        @Test
        void shouldReportTabIndentationOnItsOwnLine() {
            List<RawLine> lines = readAll(dir, "p.yaml", "- prompt: a\n\tseconds: 5\n");

            assertThat(lines).singleElement().satisfies(line -> {
                assertThat(line.line()).isEqualTo(2);
                assertThat(line.error()).startsWith("malformed YAML at line 2: ").contains("(Do not use \\t(TAB)");
            });
        }

        @Test
        void shouldReportListItemThatIsNotAMappingAndGoOn() {
            List<RawLine> lines = readAll(dir, "p.yaml", "- just a string\n- prompt: ok\n");

            assertThat(lines).extracting(RawLine::line, RawLine::error).containsExactly(
                    tuple(1, "entry is not an object, found a string"), tuple(2, null));
        }

        @Test
        void shouldReportUnknownTopLevelKeyNextToTheRequestsList() {
            List<RawLine> lines = readAll(dir, "p.yaml", "defaults:\n  seconds: 5\nrequests:\n  - prompt: a\n");

            assertThat(lines).extracting(RawLine::line, RawLine::error).containsExactly(
                    tuple(1, "unknown top-level key 'defaults' (only 'requests' is read)"), tuple(4, null));
        }

        @Test
        void shouldReportMappingWithoutRequestsList() {
            List<RawLine> lines = readAll(dir, "p.yaml", "prompt: a single request\n");

            assertThat(lines).extracting(RawLine::error).containsExactly(
                    "unknown top-level key 'prompt' (only 'requests' is read)",
                    "the top-level mapping has no 'requests:' list");
        }

        @Test
        void shouldReportTopLevelScalar() {
            List<RawLine> lines = readAll(dir, "p.yaml", "just some text\n");

            assertThat(lines).extracting(RawLine::line, RawLine::error).containsExactly(tuple(1,
                    "expected a list of requests or a 'requests:' list, found a string; nothing was read"));
        }
    }
}
