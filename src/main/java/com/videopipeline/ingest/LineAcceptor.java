package com.videopipeline.ingest;

import com.videopipeline.job.JobStore;
import com.videopipeline.job.VideoJob;
import com.videopipeline.provider.ProviderRouter;
import com.videopipeline.provider.RoutingDecision;
import com.videopipeline.request.LineOutcome;
import com.videopipeline.request.RawLine;
import com.videopipeline.request.RequestMapper;
import java.time.Clock;
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
    private final Clock clock;

    LineAcceptor(RequestMapper mapper, ProviderRouter router, JobStore store, Clock clock) {
        this.mapper = mapper;
        this.router = router;
        this.store = store;
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
        VideoJob job = new VideoJob(session.batchId(), session.fileName(), raw.line(), outcome.request(),
                decision.provider(), decision.model(), decision.estimatedCost(), clock.instant());
        store.add(job);
        session.countAccepted();
        session.report().accepted(raw.line(), job.id(), job.provider(), job.model());
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
