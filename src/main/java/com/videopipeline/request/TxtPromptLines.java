package com.videopipeline.request;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/** Reads .txt prompt files: every non-blank line that is not a {@code #} comment is one prompt. */
final class TxtPromptLines extends PromptLineReader {

    private final BufferedReader reader;
    private int line;

    TxtPromptLines(Path file, BufferedReader reader) {
        super(file, reader);
        this.reader = reader;
    }

    @Override
    RawLine readNext() throws IOException {
        for (String text = reader.readLine(); text != null; text = reader.readLine()) {
            line++;
            String trimmed = text.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            if (Values.hasUndecodable(text)) {
                return RawLine.failed(line, Values.NOT_UTF8);
            }
            return RawLine.of(line, Map.of("prompt", text));
        }
        return null;
    }

    @Override
    int currentLine() {
        return line;
    }
}
