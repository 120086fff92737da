package com.videopipeline.job;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Takes a job whose provider announced it finished (a webhook) for a status poll at once, so it moves on through
 * the one poll path (and from there download, verification and delivery) instead of waiting for its next poll.
 * The announcement is not trusted for the outcome: the poll asks the provider.
 */
@Component
public class ImmediatePolls {

    private static final Set<JobState> POLLED = Set.of(JobState.SUBMITTED, JobState.RUNNING);

    private final JobStore store;
    private final ProviderGate gate;
    private final Clock clock;

    ImmediatePolls(JobStore store, ProviderGate gate, Clock clock) {
        this.store = store;
        this.gate = gate;
        this.clock = clock;
    }

    /** What became of an announcement. */
    public enum Outcome {
        /** leased for a poll now: the caller polls {@link Nudge#job()} */
        POLL,
        /** due now, but the provider's request rate or circuit holds it back: the poll stage takes it shortly */
        DUE,
        /** another stage holds the job at this moment: ask again later */
        BUSY,
        /** the job is past waiting for its provider (already finishing, or ended) */
        PAST,
        /** no job follows this provider job */
        UNKNOWN
    }

    /** An outcome, with the job concerned when there is one. */
    public record Nudge(Outcome outcome, VideoJob job) {
    }

    /** Makes the job following {@code providerJobId} at {@code provider} due now, and leases it when it may go now. */
    public Nudge announcedFinished(String provider, String providerJobId) {
        Optional<VideoJob> known = store.findAtProvider(provider, providerJobId);
        if (known.isEmpty()) {
            return new Nudge(Outcome.UNKNOWN, null);
        }
        if (!POLLED.contains(known.get().state())) {
            return new Nudge(Outcome.PAST, known.get());
        }
        Instant now = clock.instant();
        Optional<VideoJob> leased = store.lease(known.get().key(), now);
        if (leased.isEmpty()) {
            return new Nudge(Outcome.BUSY, known.get());
        }
        VideoJob job = leased.get();
        if (!POLLED.contains(job.state())) {
            store.release(job);
            return new Nudge(Outcome.PAST, job);
        }
        job.dueAt(now);
        if (!gate.admit(provider)) {
            store.release(job);
            return new Nudge(Outcome.DUE, job);
        }
        return new Nudge(Outcome.POLL, job);
    }
}
