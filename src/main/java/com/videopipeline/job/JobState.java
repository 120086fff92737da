package com.videopipeline.job;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * A job's place in its life, and the only moves allowed between places, so a bug cannot, say, deliver a job
 * that never verified. REJECTED is for requests refused before any money is spent (moderation, budget).
 */
public enum JobState {
    QUEUED, SUBMITTING, SUBMITTED, RUNNING, DOWNLOADING, VERIFIED, DELIVERED, REJECTED, FAILED, CANCELLED;

    private static final Map<JobState, Set<JobState>> NEXT = Map.of(
            QUEUED, EnumSet.of(SUBMITTING, REJECTED, FAILED, CANCELLED),
            SUBMITTING, EnumSet.of(SUBMITTED, QUEUED, FAILED),
            SUBMITTED, EnumSet.of(RUNNING, DOWNLOADING, FAILED, CANCELLED),
            RUNNING, EnumSet.of(DOWNLOADING, FAILED, CANCELLED),
            DOWNLOADING, EnumSet.of(VERIFIED, FAILED),
            VERIFIED, EnumSet.of(DELIVERED, FAILED));

    public boolean isTerminal() {
        return this == DELIVERED || this == REJECTED || this == FAILED || this == CANCELLED;
    }

    /** True while a provider job exists and has not finished: the slots a concurrency limit counts. */
    public boolean isAtProvider() {
        return this == SUBMITTING || this == SUBMITTED || this == RUNNING;
    }

    boolean canMoveTo(JobState next) {
        return NEXT.getOrDefault(this, Set.of()).contains(next);
    }
}
