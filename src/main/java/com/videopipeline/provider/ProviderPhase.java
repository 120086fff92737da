package com.videopipeline.provider;

/** Provider-neutral job phase: OpenAI's four statuses and Runway's six map onto these. */
public enum ProviderPhase {
    QUEUED, RUNNING, SUCCEEDED, FAILED, CANCELLED;

    public boolean isTerminal() {
        return this == SUCCEEDED || this == FAILED || this == CANCELLED;
    }
}
