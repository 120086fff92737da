package com.videopipeline.simulator;

import java.time.Instant;

/**
 * Runway's per-model concurrency limit (providers.md §2.7): a task over it is accepted but waits THROTTLED, and
 * throttled tasks start oldest first as slots free. Slots are reconsidered on every Runway API request, since job
 * phases follow the clock and no timer thread watches them.
 */
final class ConcurrencySlots {

    private final JobStore jobs;

    ConcurrencySlots(JobStore jobs) {
        this.jobs = jobs;
    }

    /** Starts throttled tasks for which a slot is free now; with no limit (0) all of them. */
    synchronized void release(int limit, Instant now) {
        for (SimJob job : jobs.inCreationOrder()) {
            if (job.phase(now) == JobPhase.THROTTLED && (limit <= 0 || jobs.running(job.model(), now) < limit)) {
                jobs.update(job.id(), found -> found.phase(now) == JobPhase.THROTTLED ? found.start(now) : found);
            }
        }
    }

    /** Stores a new task, started at once or THROTTLED if its model has no free slot; true if throttled. */
    synchronized boolean admit(SimJob job, int limit, Instant now) {
        release(limit, now);
        boolean throttled = limit > 0 && jobs.running(job.model(), now) >= limit;
        jobs.put(throttled ? job.throttle() : job);
        return throttled;
    }
}
