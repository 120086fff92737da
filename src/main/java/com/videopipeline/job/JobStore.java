package com.videopipeline.job;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Where jobs live between stages. Stages never pass jobs to each other directly: each claims the jobs that are due
 * in its states, works on them under a lease, and releases them, so the store alone knows where every job stands
 * (the property a durable ledger builds on).
 */
public interface JobStore {

    /** Adds a new job; its key must not exist yet. */
    void add(VideoJob job);

    /** Records the job as it is now; done before any side effect that depends on the new state. */
    void save(VideoJob job);

    /**
     * Leases up to {@code limit} jobs in one of {@code states} that are due at {@code now} and not leased, oldest
     * first, admitting each only if {@code admit} says so (called in order; it may count what it admits).
     */
    List<VideoJob> claim(Set<JobState> states, Instant now, int limit, Predicate<VideoJob> admit);

    /** Ends the lease and records the job's current state. */
    void release(VideoJob job);

    Optional<VideoJob> find(String key);

    /**
     * Leases the job {@code key} for an action outside the stages (an API cancel) if no stage holds it now, so no
     * stage can save over the action; empty when it is leased or absent. Ended by {@link #release}.
     */
    Optional<VideoJob> lease(String key, Instant now);

    /** The job that follows this provider job, if any (the latest, should a provider ever reuse an id). */
    Optional<VideoJob> findAtProvider(String provider, String providerJobId);

    /** The jobs of one batch, in the order they were added. */
    List<VideoJob> batch(String batchId);

    /** Jobs of this provider that hold a provider slot (see {@link JobState#isAtProvider()}). */
    int countAtProvider(String provider);

    /**
     * Jobs that hold a provider slot or are leased to take one (queued, claimed by a submit that has not saved
     * SUBMITTING yet), keyed {@code provider/model}: what a claim must subtract from the limits.
     */
    Map<String, Integer> inFlightByModel(Instant now);

    /** Provider job ids already assigned to jobs of this provider, so reconciliation never claims one twice. */
    Set<String> providerJobIds(String provider);

    /** Jobs not yet in a terminal state. */
    int countActive();
}
