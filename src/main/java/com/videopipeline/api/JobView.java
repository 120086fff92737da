package com.videopipeline.api;

import com.videopipeline.job.VideoJob;
import com.videopipeline.request.VideoRequest;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One job as the API shows it: where it stands, where it went, why it ended, what it cost; {@code budget}: what its
 * budget changed about it (a downgrade), null when nothing.
 */
record JobView(String batch, String id, String state, String provider, String model, String providerJobId,
               Double progress, int attempts, Failure failure, String output, BigDecimal estimatedCostUsd,
               BigDecimal actualCostUsd, String cachedFrom, String budget, String acceptedAt, String finishedAt,
               Request request, String url) {

    /** Why a job ended without a video. */
    record Failure(String kind, String reason) {
    }

    /** What was asked for. */
    record Request(String prompt, int seconds, String size, int fps, String source, int entry) {
    }

    static JobView of(VideoJob job) {
        VideoRequest r = job.request();
        Failure failure = job.failureKind() == null && job.failureMessage() == null ? null
                : new Failure(job.failureKind() == null ? null : job.failureKind().name(), job.failureMessage());
        return new JobView(job.batchId(), job.id(), job.state().name(), job.provider(), job.model(),
                job.providerJobId(), job.progress(), job.attempts(), failure,
                job.deliveredVideo() == null ? null : job.deliveredVideo().toString(), job.estimatedCost(),
                job.actualCost(), job.cachedFrom(), job.budgetNote(), text(job.timeline().accepted()),
                text(job.timeline().finished()),
                new Request(r.prompt(), r.seconds(), r.size() == null ? null : r.size().toString(), r.fps(),
                        job.sourceFile(), job.sourceLine()),
                ApiPaths.job(job.batchId(), job.id()));
    }

    /** ISO-8601 text, so the answer does not depend on how a JSON library writes instants. */
    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
