package com.videopipeline.simulator;

/** Provider-neutral lifecycle of a simulated job; each API view maps it to its own status names. */
enum JobPhase {
    QUEUED, RUNNING, SUCCEEDED, FAILED, CANCELLED;

    boolean isTerminal() {
        return this == SUCCEEDED || this == FAILED || this == CANCELLED;
    }
}
