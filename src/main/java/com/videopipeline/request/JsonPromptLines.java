package com.videopipeline.request;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;

/** Reads .json prompt files: a top-level array of objects, streamed entry by entry. */
final class JsonPromptLines extends ObjectListLines {

    private static final JsonFactory JSON = new JsonFactory();

    JsonPromptLines(Path file, Reader reader) throws IOException {
        super(file, JSON.createParser(reader), "JSON", false);
    }

    @Override
    RawLine start(JsonToken first) {
        if (first == JsonToken.START_ARRAY) {
            enterList();
            return null;
        }
        if (first == null) {
            finish();
            return null;
        }
        return fail(tokenLine(), "expected a JSON array of request objects, found "
                + JsonEntries.describe(first) + "; nothing was read");
    }
}
