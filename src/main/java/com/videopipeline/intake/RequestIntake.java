package com.videopipeline.intake;

import com.videopipeline.job.JobStore;
import com.videopipeline.job.ResultCache;
import com.videopipeline.job.VideoJob;
import com.videopipeline.provider.ProviderRouter;
import com.videopipeline.provider.RoutingDecision;
import com.videopipeline.request.LineOutcome;
import com.videopipeline.request.RequestMapper;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The steps of {@code routes/accept-request.camel.yaml} that read an entry from any source and make it a job: read
 * it into a request (or reject it with a reason naming its source and entry), split a comparison into its sides,
 * route each side to a provider and model and queue it. Between reading and queueing, enrichment and moderation
 * work on the {@link Candidate}. Nothing an entry contains can stop the ones after it.
 */
@Component("requestIntake")
public class RequestIntake {

    private static final Logger LOG = LoggerFactory.getLogger(RequestIntake.class);

    private final RequestMapper mapper;
    private final ComparisonSides comparisons;
    private final ProviderRouter router;
    private final JobStore store;
    private final ResultCache cache;
    private final Clock clock;

    RequestIntake(RequestMapper mapper, ComparisonSides comparisons, ProviderRouter router, JobStore store,
                  ResultCache cache, Clock clock) {
        this.mapper = mapper;
        this.comparisons = comparisons;
        this.router = router;
        this.store = store;
        this.cache = cache;
        this.clock = clock;
    }

    /** Reads the entry into a request; null when it was rejected (the reason is recorded against the entry). */
    public Candidate read(Submission submission) {
        LineOutcome outcome = mapper.map(submission.entry(), submission.batch().context());
        if (!outcome.accepted()) {
            reject(submission, outcome.error(), outcome.problems());
            return null;
        }
        return new Candidate(submission, outcome.request());
    }

    /** The candidate, or one per side when its request compares providers or models. */
    public List<Candidate> sides(Candidate candidate) {
        return comparisons.of(candidate.request()).stream().map(candidate::with).toList();
    }

    /**
     * Routes the candidate and records it as a job: QUEUED for the submit stage, or REJECTED when a check refused
     * it. Returns the job, or null when it could go to no provider or a stopped run had recorded it before.
     */
    public VideoJob queue(Candidate candidate) {
        Submission submission = candidate.submission();
        IntakeBatch batch = submission.batch();
        if (batch.resumed() && alreadyRecorded(candidate)) {
            return null;
        }
        RoutingDecision decision = router.route(candidate.request());
        if (!decision.accepted()) {
            reject(submission, sideNote(candidate) + decision.rejection(), Map.of());
            return null;
        }
        VideoJob job = newJob(candidate, decision);
        store.add(job);
        if (candidate.refused()) {
            batch.countRejected();
            batch.outcomes().rejected(submission.entry().line(), sideNote(candidate) + candidate.refusal());
            LOG.warn("{} refused, not submitted: {}", candidate.describe(), candidate.refusal());
        } else {
            batch.countAccepted();
            batch.outcomes().accepted(submission.entry().line(), job);
        }
        return job;
    }

    /**
     * A bug in our own code for one entry is reported against that entry (the shared intake error handler calls
     * this); it must not lose the rest.
     */
    public void failed(Submission submission, Exception e) {
        LOG.error("{}: internal error", submission.batch().describe(submission.entry().line()), e);
        reject(submission, "internal error: " + e, Map.of());
    }

    /** Records an entry the source itself could not read, so it is counted and reported like any other. */
    public void reject(IntakeBatch batch, int entry, String reason) {
        batch.countRejected();
        batch.outcomes().rejected(entry, reason, Map.of());
        LOG.warn("{} rejected: {}", batch.describe(entry), reason);
    }

    private void reject(Submission submission, String reason, Map<String, List<String>> problems) {
        IntakeBatch batch = submission.batch();
        int entry = submission.entry().line();
        batch.countRejected();
        batch.outcomes().rejected(entry, reason, problems);
        LOG.warn("{} rejected: {}", batch.describe(entry), reason);
    }

    /**
     * A new job, served from the result cache when an identical video was delivered recently: paid once. A refused
     * one is estimated at nothing, as nothing will be made of it.
     */
    private VideoJob newJob(Candidate candidate, RoutingDecision decision) {
        IntakeBatch batch = candidate.submission().batch();
        int entry = candidate.submission().entry().line();
        boolean useCache = batch.useCache() && !candidate.refused();
        Optional<ResultCache.CachedVideo> hit = useCache
                ? cache.lookup(candidate.request(), decision.provider(), decision.model()) : Optional.empty();
        VideoJob job = new VideoJob(batch.batchId(), batch.source(), entry, candidate.request(),
                decision.provider(), decision.model(),
                hit.isPresent() || candidate.refused() ? BigDecimal.ZERO : decision.estimatedCost(),
                clock.instant());
        if (candidate.refused()) {
            job.reject(candidate.refusalKind(), candidate.refusal(), clock.instant());
        }
        hit.ifPresent(h -> {
            job.fromCache(h.madeBy(), h.video(), clock.instant());
            LOG.info("{}: identical to {}, delivered recently; reused, nothing paid", batch.describe(entry),
                    h.madeBy());
        });
        return job;
    }

    /** An entry a stopped run already turned into a job keeps that job: recording it again would pay twice. */
    private boolean alreadyRecorded(Candidate candidate) {
        IntakeBatch batch = candidate.submission().batch();
        return store.find(batch.batchId() + "/" + candidate.request().id()).map(job -> {
            batch.countAccepted();
            batch.outcomes().accepted(candidate.submission().entry().line(), job);
            return true;
        }).orElse(false);
    }

    private static String sideNote(Candidate candidate) {
        String comparison = candidate.request().options().comparison();
        return comparison == null ? "" : "compare side " + candidate.request().id() + ": ";
    }
}
