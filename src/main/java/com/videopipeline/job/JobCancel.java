package com.videopipeline.job;

import com.videopipeline.provider.FailureKind;
import com.videopipeline.provider.ProviderException;
import com.videopipeline.provider.ProviderRegistry;
import com.videopipeline.provider.VideoProvider;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Cancels one job on request. A queued job is simply ended; a job at its provider is stopped there first where the
 * provider allows it (Runway), else only no longer followed (OpenAI cannot stop a generation). The job is leased
 * meanwhile, so no stage saves over the cancel. A job whose video is made, or whose submit is unconfirmed, is refused:
 * the money is spent or its provider job is not known yet.
 */
@Component
public class JobCancel {

    private static final Logger LOG = LoggerFactory.getLogger(JobCancel.class);
    /** Stages hold a job only while they call its provider, so a cancel waits that long rather than failing. */
    private static final long BUSY_WAIT_NANOS = TimeUnit.SECONDS.toNanos(3);
    private static final long RETRY_MILLIS = 20;

    private final JobStore store;
    private final ProviderRegistry providers;
    private final Clock clock;

    JobCancel(JobStore store, ProviderRegistry providers, Clock clock) {
        this.store = store;
        this.providers = providers;
        this.clock = clock;
    }

    /** The job cannot be cancelled in the state it is in; the message says why. */
    public static final class RefusedException extends RuntimeException {
        RefusedException(String message) {
            super(message);
        }
    }

    /** A stage kept working on the job longer than a cancel waits; asking again shortly will do. */
    public static final class BusyException extends RuntimeException {
        BusyException(String message) {
            super(message);
        }
    }

    /** Cancels the job, giving {@code reason}; empty when there is no such job. Returns the job as cancelled. */
    public Optional<VideoJob> cancel(String key, String reason) {
        Optional<VideoJob> found = store.find(key);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        refuseUnlessCancellable(found.get());
        VideoJob job = leased(key);
        try {
            refuseUnlessCancellable(job);
            String stopped = stopAtProvider(job);
            job.cancel(reason + stopped, clock.instant());
        } finally {
            store.release(job);
        }
        LOG.info("{}: {}", job, job.failureMessage());
        return Optional.of(job);
    }

    private static void refuseUnlessCancellable(VideoJob job) {
        JobState state = job.state();
        if (state.isTerminal()) {
            throw new RefusedException("job " + job.key() + " has already ended " + state);
        }
        if (state == JobState.SUBMITTING) {
            throw new RefusedException("job " + job.key() + " is being submitted to " + job.provider()
                    + " (or its submit is being reconciled); cancel it once the provider has confirmed it");
        }
        if (state == JobState.DOWNLOADING || state == JobState.VERIFIED) {
            throw new RefusedException("job " + job.key() + " is already made by " + job.provider()
                    + " and paid for; it is being delivered");
        }
    }

    /** What happened at the provider, as the end of the reason; nothing for a job no provider holds. */
    private String stopAtProvider(VideoJob job) {
        if (job.providerJobId() == null || !job.state().isAtProvider()) {
            return "";
        }
        VideoProvider provider = providers.get(job.provider());
        try {
            return provider.cancel(job.providerJobId())
                    ? "; cancelled at " + job.provider() + " (" + job.providerJobId() + ")"
                    : "; " + job.provider() + " cannot stop a generation: " + job.providerJobId()
                            + " may still finish and be billed, but is no longer followed";
        } catch (ProviderException e) {
            if (e.kind() != FailureKind.NOT_FOUND) {
                throw e;
            }
            return "; " + job.provider() + " no longer knows " + job.providerJobId();
        }
    }

    private VideoJob leased(String key) {
        long giveUp = System.nanoTime() + BUSY_WAIT_NANOS;
        while (true) {
            Optional<VideoJob> job = store.lease(key, clock.instant());
            if (job.isPresent()) {
                return job.get();
            }
            if (System.nanoTime() > giveUp) {
                throw new BusyException("job " + key + " is being worked on right now; try again in a moment");
            }
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(RETRY_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BusyException("interrupted while waiting for the job");
        }
    }
}
