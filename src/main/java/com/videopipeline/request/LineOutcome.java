package com.videopipeline.request;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The verdict on one entry: a valid {@link VideoRequest}, or the reason it was rejected. Exactly one is set. A
 * rejection also lists its problems by field name where they concern a field (empty for an entry that could not be
 * read at all), so an API can answer per field while file reports keep the one joined reason.
 */
public record LineOutcome(int line, VideoRequest request, String error, Map<String, List<String>> problems) {

    public LineOutcome {
        if ((request == null) == (error == null)) {
            throw new IllegalArgumentException("exactly one of request or error must be set");
        }
        problems = problems == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(problems));
    }

    public LineOutcome(int line, VideoRequest request, String error) {
        this(line, request, error, Map.of());
    }

    static LineOutcome of(int line, VideoRequest request) {
        return new LineOutcome(line, request, null);
    }

    static LineOutcome rejected(int line, String error) {
        return new LineOutcome(line, null, error);
    }

    static LineOutcome rejected(int line, String error, Map<String, List<String>> problems) {
        return new LineOutcome(line, null, error, problems);
    }

    public boolean accepted() {
        return request != null;
    }
}
