package com.videopipeline.request;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds entries from Jackson tokens by hand, so duplicate keys become entry errors and YAML keeps its text. */
final class JsonEntries {

    private JsonEntries() {
    }

    /**
     * Reads the object the parser is positioned on (START_OBJECT) up to its END_OBJECT. With {@code scalarsAsText}
     * every scalar is kept as written, so YAML's {@code id: 007} stays "007" instead of becoming the number 7.
     */
    static RawLine read(JsonParser parser, int line, boolean scalarsAsText) throws IOException {
        Map<String, Object> fields = new LinkedHashMap<>();
        String duplicate = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            Object value = value(parser, scalarsAsText);
            if (fields.containsKey(name) && duplicate == null) {
                duplicate = name;
            }
            fields.put(name, value);
        }
        if (duplicate != null) {
            return RawLine.failed(line, "field " + Values.show(duplicate) + " appears more than once");
        }
        return containsUndecodable(fields) ? RawLine.failed(line, Values.NOT_UTF8) : RawLine.of(line, fields);
    }

    /** Names a token for "expected an object, found ..." messages. */
    static String describe(JsonToken token) {
        if (token == null) {
            return "nothing";
        }
        return switch (token) {
            case START_ARRAY -> "a list";
            case START_OBJECT -> "an object";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "true/false";
            case VALUE_NULL -> "null";
            default -> token.asString() == null ? token.name() : token.asString();
        };
    }

    /** The parser's own explanation without the source dump Jackson appends to its message. */
    static String reason(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        return message == null ? e.getClass().getSimpleName() : message.replaceAll("\\s+", " ").strip();
    }

    private static Object value(JsonParser parser, boolean scalarsAsText) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            Map<String, Object> nested = new LinkedHashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                nested.put(name, value(parser, scalarsAsText));
            }
            return nested;
        }
        if (token == JsonToken.START_ARRAY) {
            List<Object> items = new ArrayList<>();
            for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY && t != null; t = parser.nextToken()) {
                items.add(value(parser, scalarsAsText));
            }
            return items;
        }
        return scalar(parser, token, scalarsAsText);
    }

    private static Object scalar(JsonParser parser, JsonToken token, boolean asText) throws IOException {
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (asText || token == JsonToken.VALUE_STRING) {
            return parser.getText();
        }
        if (token.isNumeric()) {
            return parser.getNumberValue();
        }
        return token == JsonToken.VALUE_TRUE;
    }

    private static boolean containsUndecodable(Object value) {
        if (value instanceof String text) {
            return Values.hasUndecodable(text);
        }
        if (value instanceof Map<?, ?> map) {
            return map.keySet().stream().anyMatch(JsonEntries::containsUndecodable)
                    || map.values().stream().anyMatch(JsonEntries::containsUndecodable);
        }
        return value instanceof List<?> list && list.stream().anyMatch(JsonEntries::containsUndecodable);
    }
}
