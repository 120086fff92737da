package com.videopipeline.request;

/** The verdict on one entry: a valid {@link VideoRequest}, or the reason it was rejected. Exactly one is set. */
public record LineOutcome(int line, VideoRequest request, String error) {

    public LineOutcome {
        if ((request == null) == (error == null)) {
            throw new IllegalArgumentException("exactly one of request or error must be set");
        }
    }

    static LineOutcome of(int line, VideoRequest request) {
        return new LineOutcome(line, request, null);
    }

    static LineOutcome rejected(int line, String error) {
        return new LineOutcome(line, null, error);
    }

    public boolean accepted() {
        return request != null;
    }
}
