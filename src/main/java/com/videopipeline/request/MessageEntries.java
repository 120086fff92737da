package com.videopipeline.request;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The entries of one JSON message (a queue message, an API request body): one request object, an array of them, or
 * {@code {"name": ..., "requests": [...]}}. Entries are numbered from 1; one that is not an object is an entry
 * error, so the others still go through. A body that is not JSON of one of these shapes cannot be read at all.
 */
public final class MessageEntries {

    private static final JsonFactory JSON = new JsonFactory();

    /** The entries and the batch name the message gave, if any. */
    public record Parsed(String name, List<RawLine> entries) {
    }

    /** The body as a whole is not a request message; says why, without repeating the body. */
    public static final class UnreadableMessageException extends IllegalArgumentException {
        UnreadableMessageException(String reason) {
            super(reason);
        }
    }

    private MessageEntries() {
    }

    public static Parsed parse(String body) {
        try (JsonParser parser = JSON.createParser(body == null ? "" : body)) {
            JsonToken first = parser.nextToken();
            Parsed parsed = switch (first == null ? JsonToken.NOT_AVAILABLE : first) {
                case START_ARRAY -> new Parsed(null, list(parser));
                case START_OBJECT -> object(parser);
                default -> throw new UnreadableMessageException("expected a request object or an array of them, found "
                        + JsonEntries.describe(first));
            };
            if (parser.nextToken() != null) {
                throw new UnreadableMessageException("unexpected content after the message's JSON value");
            }
            return parsed;
        } catch (JsonProcessingException e) {
            throw new UnreadableMessageException("not valid JSON: " + JsonEntries.reason(e));
        } catch (IOException e) {
            throw new UnreadableMessageException("cannot be read: " + e.getMessage());
        }
    }

    /** A single request, or the envelope with a name and a list of requests. */
    private static Parsed object(JsonParser parser) throws IOException {
        RawLine entry = JsonEntries.read(parser, 1, false);
        Object requests = entry.fields().get("requests");
        if (!(requests instanceof List<?> list)) {
            return new Parsed(null, List.of(entry));
        }
        Object name = entry.fields().get("name");
        List<RawLine> entries = new ArrayList<>();
        for (Object item : list) {
            entries.add(entryOf(item, entries.size() + 1));
        }
        return new Parsed(name instanceof String s && !s.isBlank() ? s.strip() : null, entries);
    }

    private static List<RawLine> list(JsonParser parser) throws IOException {
        List<RawLine> entries = new ArrayList<>();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            if (token == null) {
                throw new UnreadableMessageException("the array of requests is not closed");
            }
            int n = entries.size() + 1;
            if (token == JsonToken.START_OBJECT) {
                entries.add(JsonEntries.read(parser, n, false));
            } else {
                parser.skipChildren();
                entries.add(RawLine.failed(n, "entry " + n + " is " + JsonEntries.describe(token)
                        + ", not a request object"));
            }
        }
        return entries;
    }

    @SuppressWarnings("unchecked")
    private static RawLine entryOf(Object item, int n) {
        if (item instanceof java.util.Map<?, ?> map) {
            return RawLine.of(n, (java.util.Map<String, Object>) map);
        }
        return RawLine.failed(n, "entry " + n + " is not a request object");
    }
}
