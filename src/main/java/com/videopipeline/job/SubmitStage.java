package com.videopipeline.job;

import com.videopipeline.budget.BudgetClaim;
import com.videopipeline.budget.BudgetGate;
import com.videopipeline.provider.FailureKind;
import com.videopipeline.provider.ProviderRegistry;
import com.videopipeline.provider.ProviderRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sends queued jobs to their provider, never more at once than the provider's concurrency limit allows and never
 * beyond their batch's budget, and records the provider's job id the moment it is known.
 */
@Component("submitStage")
class SubmitStage {

    private static final Logger LOG = LoggerFactory.getLogger(SubmitStage.class);

    private final JobStore store;
    private final ProviderRegistry providers;
    private final ProviderLimits limits;
    private final ProviderGate gate;
    private final FallbackRouting fallback;
    private final PollSchedule schedule;
    private final JobFailures failures;
    private final BudgetGate budgets;
    private final JobsProperties props;
    private final Clock clock;

    SubmitStage(JobStore store, ProviderRegistry providers, ProviderLimits limits, ProviderGate gate,
                FallbackRouting fallback, PollSchedule schedule, JobFailures failures, BudgetGate budgets,
                JobsProperties props, Clock clock) {
        this.store = store;
        this.providers = providers;
        this.limits = limits;
        this.gate = gate;
        this.fallback = fallback;
        this.schedule = schedule;
        this.failures = failures;
        this.budgets = budgets;
        this.props = props;
        this.clock = clock;
    }

    /**
     * Leases the oldest queued jobs that fit into their provider's and model's free slots, request rate and budget
     * (reserved here, in the claim's transaction). A job its budget holds is leased too, only to be settled: it is
     * HELD, and {@link #submit} passes it by.
     */
    public List<VideoJob> claim() {
        List<VideoJob> claimed = new ArrayList<>(fallback.rerouteWaitingJobs());
        Instant now = clock.instant();
        SlotBudget slots = new SlotBudget(limits, () -> store.inFlightByModel(now));
        BudgetClaim budget = budgets.claim();
        claimed.addAll(store.claim(Set.of(JobState.QUEUED), now, props.submitBatch(),
                job -> admit(job, slots, budget)));
        return claimed;
    }

    /** Whether this claim takes the job: to submit it, or (HELD by its budget just now) only to settle it. */
    private boolean admit(VideoJob job, SlotBudget slots, BudgetClaim budget) {
        if (!slots.fits(job) || !budget.allows(job)) {
            return false;
        }
        if (job.state() == JobState.HELD) {
            return true;
        }
        // slots again: a downgrade may have moved the job to another model; the gate last, as it spends a circuit's
        // trial call
        if (!slots.fits(job) || !budget.reserve(job) || !gate.admit(job.provider())) {
            return false;
        }
        slots.take(job);
        return true;
    }

    /**
     * Creates the provider job. SUBMITTING is committed before the call and the provider's id the moment it returns,
     * so after a crash the ledger knows a call may have happened and, usually, what it created.
     */
    public VideoJob submit(VideoJob job) {
        if (job.state().isTerminal()) {
            return job;
        }
        Instant start = clock.instant();
        if (failures.pastDeadline(job, start.plus(schedule.leastTimeToFinish(job)))) {
            // a job that waited for a slot until it could no longer finish in time would be paid for only to be
            // given up
            job.fail(FailureKind.TIMEOUT, "no provider took the job in time to finish within its deadline of "
                    + props.deadline() + "; not submitted", start);
            return job;
        }
        job.nextAttempt();
        job.moveTo(JobState.SUBMITTING, start);
        job.timeline().submitting(start);
        store.save(job);
        ProviderRequest request = new ProviderRequest(job.key(), job.provider(), job.model(), job.request());
        String providerJobId = gate.call(job.provider(), () -> providers.get(job.provider()).submit(request));
        submitted(job, providerJobId);
        LOG.info("{} submitted as {} (attempt {})", job, providerJobId, job.attempts());
        return job;
    }

    /** Records a provider job as this job's, from a submit that returned or from reconciliation. */
    void submitted(VideoJob job, String providerJobId) {
        Instant now = clock.instant();
        job.providerJobId(providerJobId);
        job.timeline().submitted(now);
        job.clearFailures();
        job.moveTo(JobState.SUBMITTED, now);
        job.dueAt(schedule.firstPoll(job, now));
        store.save(job);
    }
}
