package com.videopipeline.simulator;

/** Provider-neutral lifecycle of a simulated job; each API view maps it to its own status names. */
enum JobPhase {
    /** Accepted but waiting for a concurrency slot (Runway only). */
    THROTTLED,
    QUEUED, RUNNING, SUCCEEDED, FAILED, CANCELLED;

    boolean isTerminal() {
        return this == SUCCEEDED || this == FAILED || this == CANCELLED;
    }
}
