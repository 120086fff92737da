package com.videopipeline.request;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Path;

/** Streams a list-of-objects document one entry at a time, so a huge JSON or YAML drop never fills memory. */
abstract class ObjectListLines extends PromptLineReader {

    private enum State { START, LIST, AFTER_LIST, DONE }

    final JsonParser parser;
    private final String format;
    private final boolean scalarsAsText;
    private State state = State.START;

    ObjectListLines(Path file, JsonParser parser, String format, boolean scalarsAsText) {
        super(file, parser);
        this.parser = parser;
        this.format = format;
        this.scalarsAsText = scalarsAsText;
    }

    /** Handles the document's first token: call {@link #enterList()}, {@link #finish()} or {@link #fail}. */
    abstract RawLine start(JsonToken first) throws IOException;

    /** Handles a token after the list closed; by default only the end of the document is allowed there. */
    RawLine afterList(JsonToken token) throws IOException {
        state = State.DONE;
        if (token == null) {
            return null;
        }
        int line = tokenLine();
        return fail(line, "unexpected content after the list at line " + line + "; it was not read");
    }

    @Override
    final RawLine readNext() throws IOException {
        try {
            RawLine entry = null;
            while (entry == null && state != State.DONE) {
                entry = step(parser.nextToken());
            }
            return entry;
        } catch (JsonProcessingException e) {
            int line = malformedLine(e);
            return fail(line, "malformed " + format + " at line " + line + ": " + malformedReason(e)
                    + "; entries after this point were not read");
        }
    }

    /** The line to blame for a syntax error. */
    int malformedLine(JsonProcessingException e) {
        JsonLocation where = e.getLocation();
        return where == null || where.getLineNr() < 1 ? Math.max(1, currentLine()) : where.getLineNr();
    }

    /** The syntax error in one line of words. */
    String malformedReason(JsonProcessingException e) {
        return JsonEntries.reason(e);
    }

    @Override
    final int currentLine() {
        return parser.currentLocation().getLineNr();
    }

    final int tokenLine() {
        return parser.currentTokenLocation().getLineNr();
    }

    final void enterList() {
        state = State.LIST;
    }

    final void finish() {
        state = State.DONE;
    }

    private RawLine step(JsonToken token) throws IOException {
        return switch (state) {
            case START -> {
                state = State.AFTER_LIST;
                yield start(token);
            }
            case LIST -> entry(token);
            default -> afterList(token);
        };
    }

    private RawLine entry(JsonToken token) throws IOException {
        int line = tokenLine();
        if (token == JsonToken.END_ARRAY) {
            state = State.AFTER_LIST;
            return null;
        }
        if (token == JsonToken.START_OBJECT) {
            return JsonEntries.read(parser, line, scalarsAsText);
        }
        parser.skipChildren();
        return RawLine.failed(line, "entry is not an object, found " + JsonEntries.describe(token));
    }
}
