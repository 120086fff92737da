package com.videopipeline.job;

import com.videopipeline.provider.FailureKind;
import com.videopipeline.provider.ModelCatalogue;
import com.videopipeline.provider.ProviderRouter;
import com.videopipeline.provider.RoutingDecision;
import com.videopipeline.provider.RoutingProperties;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What a video that failed verification (a valid MP4 of the wrong duration or size) leads to. It is paid for, so it
 * is recorded with its cost either way; then, when {@code pipeline.routing.fallback-on-verification-failure} is on,
 * the job is generated again at another capable provider, else it ends FAILED as VERIFICATION_FAILED.
 */
@Component
class VerificationFallback {

    private static final Logger LOG = LoggerFactory.getLogger(VerificationFallback.class);

    private final ProviderRouter router;
    private final ModelCatalogue catalogue;
    private final RoutingProperties routing;
    private final JobsProperties props;
    private final Clock clock;

    VerificationFallback(ProviderRouter router, ModelCatalogue catalogue, RoutingProperties routing,
                         JobsProperties props, Clock clock) {
        this.router = router;
        this.catalogue = catalogue;
        this.routing = routing;
        this.props = props;
        this.clock = clock;
    }

    /** Queues the job at another provider, or ends it FAILED with {@code reason} (and why it could not move). */
    void handle(VideoJob job, String reason) {
        Instant now = clock.instant();
        Choice choice = choose(job, now);
        DiscardedVideo discarded = new DiscardedVideo(now, job.provider(), job.model(), job.providerJobId(),
                job.video() == null ? null : job.video().sha256(), reason, cost(job), choice.target());
        job.discard(discarded);
        if (choice.target() == null) {
            String message = choice.whyNot() == null ? reason
                    : reason + "; not generated elsewhere: " + choice.whyNot();
            job.fail(FailureKind.VERIFICATION_FAILED, message, now);
            LOG.warn("{} failed: {} ({})", job, message, FailureKind.VERIFICATION_FAILED);
            return;
        }
        RoutingDecision to = choice.decision();
        job.fallBack(to.provider(), to.model(), sum(job.estimatedCost(), to.estimatedCost()), now);
        LOG.warn("job {}: {} job {} made a video that failed verification ({}); discarded (paid, about {} USD),"
                + " generating at {} instead", job.key(), discarded.provider() + "/" + discarded.model(),
                discarded.providerJobId(), reason, discarded.costUsd(), choice.target());
    }

    /**
     * Where the job may go, if anywhere. Every provider is asked at most once per job: one that made a video that
     * failed verification is never asked again, so there is no bouncing between two that both get it wrong. A
     * resting provider may be chosen: FallbackRouting moves the job on from there, or it waits for the circuit.
     */
    private Choice choose(VideoJob job, Instant now) {
        if (!routing.fallbackOnVerificationFailure()) {
            return Choice.stay(null);
        }
        if (pinned(job)) {
            return Choice.stay("the request names its provider or model");
        }
        if (job.attempts() >= props.maxSubmitAttempts()) {
            return Choice.stay("max-submit-attempts (" + props.maxSubmitAttempts() + ") reached");
        }
        if (job.pastDeadline(props.deadline(), now)) {
            return Choice.stay("past its deadline of " + props.deadline());
        }
        if (job.state() != JobState.DOWNLOADING) {
            return Choice.stay("the job is " + job.state() + ", not downloading");
        }
        Set<String> avoid = new TreeSet<>(job.providersThatFailedVerification());
        avoid.add(job.provider());
        RoutingDecision decision = router.fallback(job.request(), avoid);
        return decision.accepted() ? new Choice(decision, null)
                : Choice.stay("no provider but " + String.join(" and ", avoid) + " can make it");
    }

    /** Providers bill the seconds ordered, whatever the file turned out to be. */
    private BigDecimal cost(VideoJob job) {
        return catalogue.estimatedCost(job.provider(), job.model(), job.request()).orElse(null);
    }

    private static boolean pinned(VideoJob job) {
        return hasText(job.request().provider()) || hasText(job.request().model());
    }

    private static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }

    private static BigDecimal sum(BigDecimal paid, BigDecimal next) {
        return paid == null ? next : next == null ? paid : paid.add(next);
    }

    /** A provider/model to generate at, or why the job stays where it is (null: the setting is off). */
    private record Choice(RoutingDecision decision, String whyNot) {

        static Choice stay(String whyNot) {
            return new Choice(null, whyNot);
        }

        String target() {
            return decision == null ? null : decision.provider() + "/" + decision.model();
        }
    }
}
