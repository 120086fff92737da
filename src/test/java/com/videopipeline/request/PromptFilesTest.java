package com.videopipeline.request;

import static com.videopipeline.request.PromptFileSupport.readAll;
import static com.videopipeline.request.PromptFileSupport.write;
import static com.videopipeline.request.PromptFileSupport.writeWithBom;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PromptFilesTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"a.csv", "a.jsonl", "a.json", "a.yaml", "a.yml", "a.txt", "A.JSONL", "b.Yml"})
    void shouldSupportTheKnownExtensionsInAnyCase(String name) {
        assertThat(PromptFiles.supports(Path.of(name))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a.xml", "a.csv.tmp", "csv", "a.", ".jsonl.swp"})
    void shouldNotSupportOtherFiles(String name) {
        assertThat(PromptFiles.supports(Path.of(name))).isFalse();
    }

    @Test
    void shouldNotSupportNull() {
        assertThat(PromptFiles.supports(null)).isFalse();
    }

    @Test
    void shouldChooseTheReaderByExtensionIgnoringCase() {
        List<RawLine> lines = readAll(dir, "BATCH.JSONL", "{\"prompt\": \"a cat\"}\n");

        assertThat(lines).singleElement().satisfies(line -> assertThat(line.fields()).containsEntry("prompt", "a cat"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "p.csv   | prompt\\na cat\\n",
        "p.jsonl | {\"prompt\": \"a cat\"}\\n",
        "p.json  | [{\"prompt\": \"a cat\"}]",
        "p.yaml  | - prompt: a cat\\n",
        "p.txt   | a cat\\n"})
    void shouldTolerateLeadingUtf8ByteOrderMark(String name, String escaped) {
        Path file = writeWithBom(dir, name, escaped.replace("\\n", "\n"));

        assertThat(readAll(file)).singleElement().satisfies(line -> {
            assertThat(line.error()).isNull();
            assertThat(line.fields()).containsEntry("prompt", "a cat");
        });
    }

    @Test
    void shouldDecodeFileSavedAsUtf16WithByteOrderMark() {
        byte[] text = "a caf\u00e9\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[text.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(text, 0, bytes, 2, text.length);

        assertThat(readAll(write(dir, "p.txt", bytes)))
                .singleElement().satisfies(line -> assertThat(line.fields()).containsEntry("prompt", "a caf\u00e9"));
    }

    @Nested
    class Failures {

        @Test
        void shouldThrowUncheckedIoExceptionNamingTheMissingFile() {
            Path missing = dir.resolve("gone.jsonl");

            assertThatThrownBy(() -> PromptFiles.open(missing))
                    .isInstanceOf(UncheckedIOException.class)
                    .hasMessageContaining(missing.toString());
        }

        @Test
        void shouldThrowUncheckedIoExceptionForAFolder() throws Exception {
            Path folder = Files.createDirectory(dir.resolve("folder.csv"));

            assertThatThrownBy(() -> PromptFiles.open(folder))
                    .isInstanceOf(UncheckedIOException.class)
                    .hasMessageContaining(folder.toString());
        }

        @Test
        void shouldRefuseAnUnsupportedExtension() {
            Path file = write(dir, "p.xml", "<x/>");

            assertThatThrownBy(() -> PromptFiles.open(file))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("p.xml");
        }

        @Test
        void shouldThrowNoSuchElementPastTheEndAndStopAfterClose() {
            Path file = write(dir, "p.txt", "one\ntwo\n");

            try (PromptLines lines = PromptFiles.open(file)) {
                lines.next();
                lines.next();
                assertThat(lines.hasNext()).isFalse();
                assertThatThrownBy(lines::next).isInstanceOf(NoSuchElementException.class);
            }
            PromptLines closed = PromptFiles.open(file);
            closed.close();
            assertThat(closed.hasNext()).isFalse();
        }
    }
}
