package com.videopipeline.job;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * A job's place in its life, and the only moves allowed between places, so a bug cannot, say, deliver a job
 * that never verified. REJECTED is for requests refused before any money is spent (moderation).
 * UNCERTAIN is a job whose submit may or may not have reached the provider (a crash or timeout mid-call) and that
 * no reconciliation could place: held for an operator rather than submitted again, so it is never paid twice.
 * EXPIRED is a finished job whose output could no longer be downloaded. HELD is a job its budget could not pay for
 * (see the budget package): never submitted, ended so its batch can complete, and put back to work by a replay.
 */
public enum JobState {
    QUEUED, SUBMITTING, SUBMITTED, RUNNING, DOWNLOADING, VERIFIED, DELIVERED, REJECTED, FAILED, CANCELLED,
    UNCERTAIN, EXPIRED, HELD;

    /** States in which a job needs no more work from the pipeline; a batch completes when all its jobs are in one. */
    public static final Set<JobState> TERMINAL = EnumSet.of(DELIVERED, REJECTED, FAILED, CANCELLED, UNCERTAIN, EXPIRED,
            HELD);

    private static final Map<JobState, Set<JobState>> NEXT = Map.of(
            // QUEUED -> VERIFIED: served from the result cache, a video that was verified when it was made
            QUEUED, EnumSet.of(SUBMITTING, VERIFIED, REJECTED, FAILED, CANCELLED, HELD),
            SUBMITTING, EnumSet.of(SUBMITTED, QUEUED, FAILED, UNCERTAIN),
            UNCERTAIN, EnumSet.of(QUEUED, SUBMITTED, CANCELLED),
            // an operator's replay: download again what the provider made, submit again what it did not
            FAILED, EnumSet.of(QUEUED, DOWNLOADING),
            EXPIRED, EnumSet.of(QUEUED),
            // an operator's replay once the budget allows more (raised, or money released)
            HELD, EnumSet.of(QUEUED),
            // -> QUEUED: the provider failed the generation with a retryable code; it is made again
            SUBMITTED, EnumSet.of(RUNNING, DOWNLOADING, QUEUED, FAILED, CANCELLED),
            RUNNING, EnumSet.of(DOWNLOADING, QUEUED, FAILED, CANCELLED),
            // -> QUEUED: the video failed verification and is generated again at another provider
            DOWNLOADING, EnumSet.of(VERIFIED, FAILED, EXPIRED, QUEUED),
            VERIFIED, EnumSet.of(DELIVERED, FAILED));

    public boolean isTerminal() {
        return TERMINAL.contains(this);
    }

    /** True while a provider job exists and has not finished: the slots a concurrency limit counts. */
    public boolean isAtProvider() {
        return this == SUBMITTING || this == SUBMITTED || this == RUNNING;
    }

    boolean canMoveTo(JobState next) {
        return NEXT.getOrDefault(this, Set.of()).contains(next);
    }
}
