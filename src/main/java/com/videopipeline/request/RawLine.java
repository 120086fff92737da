package com.videopipeline.request;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** One entry as read, before validation: its fields, or (with empty fields) why it could not be read at all. */
public record RawLine(int line, Map<String, Object> fields, String error) {

    /** {@code line} is the 1-based line where the entry starts; {@code fields} keep file order and nulls. */
    public RawLine {
        // not Map.copyOf: JSON and YAML entries may legitimately hold null values
        fields = error != null || fields == null
                ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    static RawLine of(int line, Map<String, Object> fields) {
        return new RawLine(line, fields, null);
    }

    static RawLine failed(int line, String error) {
        return new RawLine(line, Map.of(), error);
    }
}
