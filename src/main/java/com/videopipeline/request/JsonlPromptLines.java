package com.videopipeline.request;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;

/** Reads .jsonl prompt files: one JSON object per non-blank line, each line judged on its own. */
final class JsonlPromptLines extends PromptLineReader {

    private static final JsonFactory JSON = new JsonFactory();

    private final BufferedReader reader;
    private int line;

    JsonlPromptLines(Path file, BufferedReader reader) {
        super(file, reader);
        this.reader = reader;
    }

    @Override
    RawLine readNext() throws IOException {
        for (String text = reader.readLine(); text != null; text = reader.readLine()) {
            line++;
            if (!text.isBlank()) {
                return Values.hasUndecodable(text) ? RawLine.failed(line, Values.NOT_UTF8) : parse(text);
            }
        }
        return null;
    }

    @Override
    int currentLine() {
        return line;
    }

    private RawLine parse(String text) throws IOException {
        try (JsonParser parser = JSON.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_OBJECT) {
                return RawLine.failed(line, "line is not a JSON object, found " + JsonEntries.describe(first));
            }
            RawLine entry = JsonEntries.read(parser, line, false);
            if (parser.nextToken() != null) {
                return RawLine.failed(line, "unexpected text after the JSON object (put one object per line)");
            }
            return entry;
        } catch (JsonProcessingException e) {
            return RawLine.failed(line, "malformed JSON: " + JsonEntries.reason(e));
        }
    }
}
