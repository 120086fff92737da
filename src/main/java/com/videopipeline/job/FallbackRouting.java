package com.videopipeline.job;

import com.videopipeline.provider.FailureKind;
import com.videopipeline.provider.ProviderRouter;
import com.videopipeline.provider.RoutingDecision;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Keeps queued jobs from waiting on a resting provider when another can make them: a job no provider has accepted
 * yet, and whose request named no provider or model, is routed again without the resting ones. A job that cannot
 * move waits, until its deadline; past it, it ends with the reason.
 */
@Component
class FallbackRouting {

    private static final Logger LOG = LoggerFactory.getLogger(FallbackRouting.class);

    private final JobStore store;
    private final ProviderRouter router;
    private final ProviderCircuits circuits;
    private final JobFailures failures;
    private final JobsProperties props;
    private final Clock clock;

    FallbackRouting(JobStore store, ProviderRouter router, ProviderCircuits circuits, JobFailures failures,
                    JobsProperties props, Clock clock) {
        this.store = store;
        this.router = router;
        this.circuits = circuits;
        this.failures = failures;
        this.props = props;
        this.clock = clock;
    }

    /** Re-routes what can move; returns the queued jobs that passed their deadline, now FAILED, still leased. */
    List<VideoJob> rerouteWaitingJobs() {
        Set<String> resting = circuits.resting();
        if (resting.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        List<VideoJob> overdue = new ArrayList<>();
        for (VideoJob job : store.claim(Set.of(JobState.QUEUED), now, props.submitBatch(),
                j -> resting.contains(j.provider()) && j.providerJobId() == null)) {
            if (failures.pastDeadline(job, now)) {
                job.fail(FailureKind.TIMEOUT, "no capable provider took the job within its deadline of "
                        + props.deadline() + " (" + String.join(", ", resting) + " resting)", now);
                overdue.add(job);
            } else {
                move(job, resting);
                store.release(job);
            }
        }
        return overdue;
    }

    private void move(VideoJob job, Set<String> resting) {
        // a provider that already made a video for this job that failed verification is not asked again
        Set<String> avoid = new HashSet<>(resting);
        avoid.addAll(job.providersThatFailedVerification());
        RoutingDecision decision = router.fallback(job.request(), avoid);
        if (!decision.accepted()) {
            return;
        }
        String from = job.provider() + "/" + job.model();
        job.reroute(decision.provider(), decision.model(), decision.estimatedCost());
        LOG.warn("{}: {} is resting; sent to {} instead", job, from, decision.provider() + "/" + decision.model());
    }
}
