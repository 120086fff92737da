package com.videopipeline.ingest;

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
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Decides one line: parse into a request, route it to a provider and model, and queue it as a job, or reject it
 * with a reason naming file and line. Nothing a line contains can stop the lines after it.
 */
@Component
class LineAcceptor {

    private static final Logger LOG = LoggerFactory.getLogger(LineAcceptor.class);

    private final RequestMapper mapper;
    private final ProviderRouter router;
    private final JobStore store;
    private final ResultCache cache;
    private final IngestProperties props;
    private final Clock clock;

    LineAcceptor(RequestMapper mapper, ProviderRouter router, JobStore store, ResultCache cache,
                 IngestProperties props, Clock clock) {
        this.mapper = mapper;
        this.router = router;
        this.store = store;
        this.cache = cache;
        this.props = props;
        this.clock = clock;
    }

    void accept(IngestSession session, RawLine raw) {
        LineOutcome outcome = mapper.map(raw, session.context());
        if (!outcome.accepted()) {
            reject(session, raw.line(), outcome.error());
            return;
        }
        if (session.kind() == IngestSession.Kind.RESUMED && alreadyRecorded(session, raw.line(), outcome)) {
            return;
        }
        RoutingDecision decision = router.route(outcome.request());
        if (!decision.accepted()) {
            reject(session, raw.line(), decision.rejection());
            return;
        }
        VideoJob job = newJob(session, raw.line(), outcome, decision);
        store.add(job);
        session.countAccepted();
        session.report().accepted(raw.line(), job.id(), job.provider(), job.model());
    }

    /** A new job, served from the result cache when an identical video was delivered recently: paid once. */
    private VideoJob newJob(IngestSession session, int line, LineOutcome outcome, RoutingDecision decision) {
        Optional<ResultCache.CachedVideo> hit = props.useCache()
                ? cache.lookup(outcome.request(), decision.provider(), decision.model()) : Optional.empty();
        VideoJob job = new VideoJob(session.batchId(), session.fileName(), line, outcome.request(),
                decision.provider(), decision.model(), hit.isPresent() ? BigDecimal.ZERO : decision.estimatedCost(),
                clock.instant());
        hit.ifPresent(h -> {
            job.fromCache(h.madeBy(), h.video(), clock.instant());
            LOG.info("{} line {}: identical to {}, delivered recently; reused, nothing paid", session.fileName(),
                    line, h.madeBy());
        });
        return job;
    }

    /** A line a stopped run already turned into a job keeps that job: recording it again would pay twice. */
    private boolean alreadyRecorded(IngestSession session, int line, LineOutcome outcome) {
        return store.find(session.batchId() + "/" + outcome.request().id()).map(job -> {
            session.countAccepted();
            session.report().accepted(line, job.id(), job.provider(), job.model());
            return true;
        }).orElse(false);
    }

    void reject(IngestSession session, int line, String reason) {
        session.countRejected();
        session.report().rejected(line, reason);
        LOG.warn("{} line {} rejected: {}", session.fileName(), line, reason);
    }
}
