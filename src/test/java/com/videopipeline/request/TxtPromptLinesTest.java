package com.videopipeline.request;

import static com.videopipeline.request.PromptFileSupport.readAll;
import static com.videopipeline.request.PromptFileSupport.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TxtPromptLinesTest {

    @TempDir
    Path dir;

    @Test
    void shouldTurnEveryNonBlankNonCommentLineIntoOnePromptWithItsLineNumber() {
        List<RawLine> lines = readAll(dir, "p.txt",
                "# cats first\n\nA cat on a roof\n   \n  # an indented comment\nA dog, running\n");

        assertThat(lines).extracting(RawLine::line, RawLine::fields, RawLine::error).containsExactly(
                tuple(3, Map.of("prompt", "A cat on a roof"), null),
                tuple(6, Map.of("prompt", "A dog, running"), null));
    }

    @Test
    void shouldCountWindowsLineEndingsAsOneLineEach() {
        List<RawLine> lines = readAll(dir, "p.txt", "one\r\n\r\nthree\r\n");

        assertThat(lines).extracting(RawLine::line).containsExactly(1, 3);
    }

    @Test
    void shouldReportLineWithBytesThatAreNotUtf8AndGoOnWithTheNext() {
        byte[] latin1 = "first\ncaf\u00e9 au lait\nthird\n".getBytes(StandardCharsets.ISO_8859_1);

        List<RawLine> lines = readAll(write(dir, "p.txt", latin1));

        assertThat(lines).extracting(RawLine::line, RawLine::error).containsExactly(
                tuple(1, null),
                tuple(2, "entry is not valid UTF-8 text (save the file as UTF-8)"),
                tuple(3, null));
    }

    @Test
    void shouldYieldNothingForAFileOfOnlyComments() {
        assertThat(readAll(dir, "p.txt", "# nothing yet\n\n")).isEmpty();
    }
}
