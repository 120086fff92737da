package com.videopipeline.job;

import com.videopipeline.media.InvalidVideoException;
import com.videopipeline.metrics.PipelineMetrics;
import com.videopipeline.provider.FailureKind;
import com.videopipeline.provider.ProviderException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The one place that decides what an exception means for a job: try the same stage again later, or end the job
 * FAILED with a classified reason (a video that failed verification may instead be generated at another provider,
 * see {@link VerificationFallback}). A submit is only repeated when the provider certainly did not take the job,
 * because repeating an ambiguous one could pay twice.
 */
@Component("jobFailures")
public class JobFailures {

    private static final Logger LOG = LoggerFactory.getLogger(JobFailures.class);

    private final JobsProperties props;
    private final VerificationFallback verification;
    private final Clock clock;
    private final PipelineMetrics metrics;

    JobFailures(JobsProperties props, VerificationFallback verification, Clock clock, PipelineMetrics metrics) {
        this.props = props;
        this.verification = verification;
        this.clock = clock;
        this.metrics = metrics;
    }

    /** Called by the shared error handler for any exception while a stage worked on {@code job}. */
    public VideoJob handle(VideoJob job, Exception exception) {
        if (job == null) {
            LOG.error("pipeline error outside any job", exception);
            return null;
        }
        Failure failure = Failure.of(exception);
        if (job.state() == JobState.DOWNLOADING && failure.kind() == FailureKind.DOWNLOAD_FAILED) {
            job.countFetchFailure();
        }
        if (job.state() == JobState.SUBMITTING && failure.notAccepted()) {
            // refused for certain (a 429, a 5xx answer, a refused connection): nothing was made, nothing is owed
            job.submitRefused();
        }
        if (job.state() == JobState.SUBMITTING && !failure.notAccepted()) {
            leaveForReconciliation(job, failure);
        } else if (mayRetry(job, failure)) {
            retryLater(job, failure);
        } else if (failure.kind() == FailureKind.VERIFICATION_FAILED && !job.state().isTerminal()) {
            verification.handle(job, failure.message());
        } else {
            job.fail(failure.kind(), failure.message(), clock.instant());
            LOG.warn("{} failed: {} ({})", job, failure.message(), failure.kind());
        }
        if (job.state() == JobState.FAILED) {
            // a failed job can still have cost money: videos that failed verification were paid for
            metrics.paid(job.provider(), job.model(), job.actualCost());
        }
        return job;
    }

    /** The provider may have created the job: reconciliation finds out before anything is sent again. */
    private void leaveForReconciliation(VideoJob job, Failure failure) {
        job.countRetry();
        metrics.retry(job.provider(), failure.kind().name());
        job.dueAt(clock.instant().plus(props.retryDelay()));
        LOG.warn("{}: submit outcome unknown ({}: {}); reconciling with {} before anything else",
                job, failure.kind(), failure.message(), job.provider());
    }

    private boolean mayRetry(VideoJob job, Failure failure) {
        if (!failure.kind().retryable() || job.state().isTerminal() || pastDeadline(job, clock.instant())) {
            return false;
        }
        if (job.state() == JobState.DOWNLOADING && failure.kind() == FailureKind.DOWNLOAD_FAILED) {
            return job.fetchFailures() < props.maxFetchAttempts();
        }
        // 429s, 5xx and timeouts are the provider's weather, not the job's fault: many are tolerated in any stage
        return switch (job.state()) {
            case SUBMITTING, SUBMITTED, RUNNING, DOWNLOADING -> job.failures() < props.maxTransientFailures();
            default -> false;
        };
    }

    private void retryLater(VideoJob job, Failure failure) {
        int failures = job.countFailure();
        job.countRetry();
        metrics.retry(job.provider(), failure.kind().name());
        Instant now = clock.instant();
        if (job.state() == JobState.SUBMITTING) {
            job.moveTo(JobState.QUEUED, now);
        }
        Duration delay = delay(failures, failure.retryAfter());
        job.dueAt(now.plus(delay));
        LOG.warn("{}: {} ({}), trying again in {} ms", job, failure.message(), failure.kind(), delay.toMillis());
    }

    /** True once the job has had longer than its deadline since it was accepted. */
    boolean pastDeadline(VideoJob job, Instant now) {
        return job.pastDeadline(props.deadline(), now);
    }

    /**
     * Exponential backoff with up to +50% jitter, so jobs refused together do not return together; the provider's
     * own Retry-After wins when it asks for longer.
     */
    private Duration delay(int failures, Duration retryAfter) {
        Duration backoff = props.retryDelay().multipliedBy(1L << Math.min(failures - 1, 6));
        long jitter = (long) (backoff.toMillis() * 0.5 * ThreadLocalRandom.current().nextDouble());
        Duration jittered = backoff.plusMillis(jitter);
        return retryAfter != null && retryAfter.compareTo(jittered) > 0 ? retryAfter : jittered;
    }

    /** An exception reduced to what the decision needs. */
    record Failure(FailureKind kind, String message, Duration retryAfter, boolean notAccepted) {

        static Failure of(Exception e) {
            if (e instanceof ProviderException p) {
                return new Failure(p.kind(), p.getMessage(), p.retryAfter(), p.notAccepted());
            }
            if (e instanceof VerificationException) {
                return new Failure(FailureKind.VERIFICATION_FAILED, e.getMessage(), null, false);
            }
            if (e instanceof InvalidVideoException || e instanceof IOException || e instanceof UncheckedIOException) {
                return new Failure(FailureKind.DOWNLOAD_FAILED, "download unusable: " + e.getMessage(), null, false);
            }
            return new Failure(FailureKind.UNKNOWN, "internal error: " + e, null, false);
        }
    }
}
