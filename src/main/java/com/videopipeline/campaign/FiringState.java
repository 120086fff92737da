package com.videopipeline.campaign;

/** What the ledger last recorded for a campaign's schedule (column {@code campaign_firing.state}). */
enum FiringState {

    /** Seen, enabled, nothing fired yet: the schedule is accounted for up to the recorded time. */
    WATCHING,
    /** A firing began; if the service stops before it is FIRED, the next start resumes it under the same key. */
    STARTED,
    FIRED,
    /** Over budget, nothing submitted: recorded by versions before budgets were reserved job by job, read only. */
    REFUSED,
    /** Missed while the service was down and not made up (misfire policy {@code skip}). */
    SKIPPED,
    /** Disabled or its file removed: firings in the meantime are not missed ones. */
    DISABLED;

    /** Whether a campaign in this state had its schedule running, so firings since then were missed. */
    boolean scheduleRan() {
        return this != DISABLED;
    }
}
