package com.videopipeline.job;

import com.videopipeline.provider.ErrorClassifier;
import com.videopipeline.provider.FailureKind;
import com.videopipeline.provider.ProviderRegistry;
import com.videopipeline.provider.ProviderStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Follows submitted jobs at the provider until they finish, at the pace the provider asks for. */
@Component("pollStage")
class PollStage {

    private static final Logger LOG = LoggerFactory.getLogger(PollStage.class);

    private final JobStore store;
    private final ProviderRegistry providers;
    private final PollSchedule schedule;
    private final ProviderGate gate;
    private final ErrorClassifier classifier;
    private final JobFailures failures;
    private final JobsProperties props;
    private final Clock clock;

    PollStage(JobStore store, ProviderRegistry providers, PollSchedule schedule, ProviderGate gate,
              ErrorClassifier classifier, JobFailures failures, JobsProperties props, Clock clock) {
        this.store = store;
        this.providers = providers;
        this.schedule = schedule;
        this.gate = gate;
        this.classifier = classifier;
        this.failures = failures;
        this.props = props;
        this.clock = clock;
    }

    /** Leases the jobs whose next status check is due, as far as their provider's request rate allows. */
    public List<VideoJob> claim() {
        return store.claim(Set.of(JobState.SUBMITTED, JobState.RUNNING), clock.instant(), props.pollBatch(),
                j -> gate.admit(j.provider()));
    }

    /** Reads the provider's status once and moves the job on; a job past its deadline is given up. */
    public VideoJob poll(VideoJob job) {
        if (failures.pastDeadline(job, clock.instant())) {
            job.fail(FailureKind.TIMEOUT, job.provider() + " job " + job.providerJobId() + " did not finish within "
                    + props.deadline() + " of being accepted" + stopAtProvider(job), clock.instant());
            return job;
        }
        ProviderStatus status = gate.call(job.provider(),
                () -> providers.get(job.provider()).status(job.providerJobId()));
        Instant now = clock.instant();
        job.clearFailures();
        job.lastStatus(status);
        job.progress(status.progress());
        switch (status.phase()) {
            case QUEUED -> job.dueAt(schedule.nextPoll(job, status.pollAfter(), now));
            case RUNNING -> running(job, status, now);
            case SUCCEEDED -> succeeded(job, now);
            case FAILED -> failedAtProvider(job, status, now);
            case CANCELLED -> job.fail(FailureKind.CANCELLED, job.provider() + " reports the job cancelled", now);
        }
        return job;
    }

    /**
     * Given up, the provider job would still run and may be billed: it is cancelled where the provider allows it.
     * Best effort: the job ends either way, and the message says which.
     */
    private String stopAtProvider(VideoJob job) {
        try {
            boolean stopped = gate.call(job.provider(), () -> providers.get(job.provider()).cancel(job.providerJobId()));
            return stopped ? "; cancelled at " + job.provider() : "; " + job.provider() + " cannot cancel a job";
        } catch (RuntimeException e) {
            LOG.warn("{}: could not cancel {} at {}: {}", job, job.providerJobId(), job.provider(), e.getMessage());
            return "; cancelling it at " + job.provider() + " failed: " + e.getMessage();
        }
    }

    /** Whether the job no longer holds a provider slot after this poll, so a queued job can take it now. */
    public boolean freedSlot(VideoJob job) {
        return job != null && !job.state().isAtProvider();
    }

    /** A failure the provider calls transient (INTERNAL, SAFETY.OUTPUT, BAD_OUTPUT) is generated again, bounded. */
    private void failedAtProvider(VideoJob job, ProviderStatus status, Instant now) {
        FailureKind kind = classifier.classifyJobFailure(status.failureCode());
        String reason = describeFailure(job, status);
        if (kind.retryable() && job.attempts() < props.maxSubmitAttempts() && !failures.pastDeadline(job, now)) {
            LOG.warn("{}: {} ({}); generating again, attempt {} of {}", job, reason, kind, job.attempts() + 1,
                    props.maxSubmitAttempts());
            job.countRetry();
            job.regenerate(now.plus(props.retryDelay()));
            return;
        }
        job.fail(kind, reason, now);
    }

    private void running(VideoJob job, ProviderStatus status, Instant now) {
        if (job.state() == JobState.SUBMITTED) {
            job.moveTo(JobState.RUNNING, now);
        }
        job.dueAt(schedule.nextPoll(job, status.pollAfter(), now));
    }

    private void succeeded(VideoJob job, Instant now) {
        job.timeline().providerFinished(now);
        schedule.finished(job, now);
        job.moveTo(JobState.DOWNLOADING, now);
        LOG.info("{} finished at the provider", job);
    }

    private static String describeFailure(VideoJob job, ProviderStatus status) {
        String code = status.failureCode() == null ? "" : " " + status.failureCode();
        String message = status.failureMessage() == null ? "" : ": " + status.failureMessage();
        return job.provider() + " job " + job.providerJobId() + " failed" + code + message;
    }
}
