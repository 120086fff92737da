package com.videopipeline.intake;

import com.videopipeline.job.JobStore;
import com.videopipeline.job.ResultCache;
import com.videopipeline.job.VideoJob;
import com.videopipeline.provider.ProviderRouter;
import com.videopipeline.provider.RoutingDecision;
import com.videopipeline.request.LineOutcome;
import com.videopipeline.request.RawLine;
import com.videopipeline.request.RequestMapper;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * Decides one entry from any source: parse into a request, route it to a provider and model, and queue it as a
 * job, or reject it with a reason naming its source and entry. Nothing an entry contains can stop the ones after it.
 */
@Component("requestIntake")
public class RequestIntake {

    private static final Logger LOG = LoggerFactory.getLogger(RequestIntake.class);

    private final RequestMapper mapper;
    private final ProviderRouter router;
    private final JobStore store;
    private final ResultCache cache;
    private final Clock clock;

    RequestIntake(RequestMapper mapper, ProviderRouter router, JobStore store, ResultCache cache, Clock clock) {
        this.mapper = mapper;
        this.router = router;
        this.store = store;
        this.cache = cache;
        this.clock = clock;
    }

    /**
     * Decides the entry; returns the job it became, or null when it was rejected or had become one before. A bug in
     * our own code for one entry is reported against that entry; it must not lose the rest. A ledger failure is
     * thrown: the source fails as a whole (the queue message is redelivered, the drop file resumes when dropped
     * again) instead of rejecting entries that were fine.
     */
    public VideoJob accept(Submission submission) {
        try {
            return decide(submission.batch(), submission.entry());
        } catch (DataAccessException e) {
            // the ledger is down, not this entry wrong: the source must fail and try again, not record a rejection
            throw e;
        } catch (RuntimeException e) {
            LOG.error("{}: internal error", submission.batch().describe(submission.entry().line()), e);
            reject(submission.batch(), submission.entry().line(), "internal error: " + e);
            return null;
        }
    }

    /** Records an entry the source itself could not read, so it is counted and reported like any other. */
    public void reject(IntakeBatch batch, int entry, String reason) {
        reject(batch, entry, reason, Map.of());
    }

    private void reject(IntakeBatch batch, int entry, String reason, Map<String, List<String>> problems) {
        batch.countRejected();
        batch.outcomes().rejected(entry, reason, problems);
        LOG.warn("{} rejected: {}", batch.describe(entry), reason);
    }

    private VideoJob decide(IntakeBatch batch, RawLine raw) {
        LineOutcome outcome = mapper.map(raw, batch.context());
        if (!outcome.accepted()) {
            reject(batch, raw.line(), outcome.error(), outcome.problems());
            return null;
        }
        if (batch.resumed() && alreadyRecorded(batch, raw.line(), outcome)) {
            return null;
        }
        RoutingDecision decision = router.route(outcome.request());
        if (!decision.accepted()) {
            reject(batch, raw.line(), decision.rejection());
            return null;
        }
        VideoJob job = newJob(batch, raw.line(), outcome, decision);
        store.add(job);
        batch.countAccepted();
        batch.outcomes().accepted(raw.line(), job);
        return job;
    }

    /** A new job, served from the result cache when an identical video was delivered recently: paid once. */
    private VideoJob newJob(IntakeBatch batch, int entry, LineOutcome outcome, RoutingDecision decision) {
        Optional<ResultCache.CachedVideo> hit = batch.useCache()
                ? cache.lookup(outcome.request(), decision.provider(), decision.model()) : Optional.empty();
        VideoJob job = new VideoJob(batch.batchId(), batch.source(), entry, outcome.request(),
                decision.provider(), decision.model(), hit.isPresent() ? BigDecimal.ZERO : decision.estimatedCost(),
                clock.instant());
        hit.ifPresent(h -> {
            job.fromCache(h.madeBy(), h.video(), clock.instant());
            LOG.info("{}: identical to {}, delivered recently; reused, nothing paid", batch.describe(entry),
                    h.madeBy());
        });
        return job;
    }

    /** An entry a stopped run already turned into a job keeps that job: recording it again would pay twice. */
    private boolean alreadyRecorded(IntakeBatch batch, int entry, LineOutcome outcome) {
        return store.find(batch.batchId() + "/" + outcome.request().id()).map(job -> {
            batch.countAccepted();
            batch.outcomes().accepted(entry, job);
            return true;
        }).orElse(false);
    }
}
