package com.videopipeline.job;

import com.videopipeline.provider.ProviderRegistry;
import com.videopipeline.provider.ProviderRequest;
import com.videopipeline.provider.SubmitLookup;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Places jobs whose submit may or may not have reached the provider (the process died mid-call, or the call timed
 * out): found at the provider, the job resumes polling; certainly absent, it is queued again; when the provider
 * cannot tell (Runway lists no tasks), the configured policy decides, and by default the job is held as UNCERTAIN
 * for an operator. Never a silent second payment.
 */
@Component("reconcileStage")
class ReconcileStage {

    private static final Logger LOG = LoggerFactory.getLogger(ReconcileStage.class);

    private final JobStore store;
    private final ProviderRegistry providers;
    private final SubmitStage submits;
    private final ProviderGate gate;
    private final LedgerProperties ledger;
    private final JobsProperties props;
    private final Clock clock;

    ReconcileStage(JobStore store, ProviderRegistry providers, SubmitStage submits, ProviderGate gate,
                   LedgerProperties ledger, JobsProperties props, Clock clock) {
        this.store = store;
        this.providers = providers;
        this.submits = submits;
        this.gate = gate;
        this.ledger = ledger;
        this.props = props;
        this.clock = clock;
    }

    /** Leases SUBMITTING jobs nobody is working on: a live submit holds its lease, a lost one does not. */
    public List<VideoJob> claim() {
        return store.claim(Set.of(JobState.SUBMITTING), clock.instant(), props.submitBatch(),
                j -> gate.admit(j.provider()));
    }

    public VideoJob reconcile(VideoJob job) {
        ProviderRequest request = new ProviderRequest(job.key(), job.provider(), job.model(), job.request());
        Instant since = job.timeline().submitting() == null ? job.timeline().accepted() : job.timeline().submitting();
        SubmitLookup lookup = gate.call(job.provider(), () -> providers.get(job.provider())
                .lookupSubmitted(request, since, store.providerJobIds(job.provider())));
        switch (lookup.outcome()) {
            case FOUND -> {
                submits.submitted(job, lookup.providerJobId());
                LOG.warn("{}: lost submit found at the provider as {}; following it", job, lookup.providerJobId());
            }
            case NOT_FOUND -> requeue(job, "the provider has no such job");
            case UNKNOWN -> unknown(job);
        }
        return job;
    }

    private void unknown(VideoJob job) {
        if (ledger.uncertainSubmits() == LedgerProperties.UncertainPolicy.RESUBMIT) {
            requeue(job, "the provider cannot tell and the policy is resubmit (this may pay twice)");
            return;
        }
        job.hold(clock.instant(), "submit to " + job.provider() + " may or may not have created a job, and "
                + job.provider() + " offers no way to find out; held for an operator instead of paying twice");
        LOG.warn("{}: held as UNCERTAIN: {}", job, job.failureMessage());
    }

    private void requeue(VideoJob job, String why) {
        job.moveTo(JobState.QUEUED, clock.instant());
        LOG.warn("{}: lost submit not created ({}); queued again", job, why);
    }
}
