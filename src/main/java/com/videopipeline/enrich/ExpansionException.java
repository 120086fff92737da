package com.videopipeline.enrich;

import com.videopipeline.provider.FailureKind;

/** A brief the expansion endpoint could not expand, classified so passing trouble is tried again and the rest not. */
final class ExpansionException extends Exception {

    private final FailureKind kind;

    ExpansionException(FailureKind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    ExpansionException(FailureKind kind, String message) {
        this(kind, message, null);
    }

    FailureKind kind() {
        return kind;
    }

    /** 429s, 5xx, timeouts, refused connections and unreadable answers may pass; a 400 or a bad key will not. */
    boolean retryable() {
        return kind.retryable();
    }
}
