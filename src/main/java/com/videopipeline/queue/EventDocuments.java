package com.videopipeline.queue;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.videopipeline.job.Batch;
import com.videopipeline.job.BatchStatus;
import com.videopipeline.job.JobState;
import com.videopipeline.job.VideoJob;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;

/** The JSON shapes of the events, declared in one place so subscribers can rely on them. */
final class EventDocuments {

    static final String JOB_STATE_CHANGED = "job.state-changed";
    static final String BATCH_COMPLETED = "batch.completed";

    private EventDocuments() {
    }

    /** A job moved to {@code state}; {@code output} is the delivered video, failure fields say why it ended. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record JobStateChanged(String type, Instant time, String batchId, String jobId, String state,
                           String previousState, String source, String provider, String model, String providerJobId,
                           String failureKind, String failureReason, String output, BigDecimal actualCostUsd) {
    }

    /** Every job of a batch has ended; {@code manifest} is null when no entry became a job. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record BatchCompleted(String type, Instant time, String batchId, String origin, String source, String campaign,
                          Instant received, Instant completed, int accepted, int rejected, int delivered, int failed,
                          String manifest) {
    }

    static JobStateChanged job(VideoJob job, JobState previous, Instant now) {
        return new JobStateChanged(JOB_STATE_CHANGED, now, job.batchId(), job.id(), name(job.state()),
                previous == null ? null : name(previous), job.sourceFile(), job.provider(), job.model(),
                job.providerJobId(), job.failureKind() == null ? null : job.failureKind().name(),
                job.failureMessage(), path(job.state() == JobState.DELIVERED ? job.deliveredVideo() : null),
                job.actualCost());
    }

    static BatchCompleted batch(Batch batch, BatchStatus status, Path manifest, Instant now) {
        return new BatchCompleted(BATCH_COMPLETED, now, batch.id(), batch.origin(), batch.sourceFile(),
                batch.campaign(), batch.received(), batch.completed(), batch.accepted(), batch.rejected(),
                status == null ? 0 : status.delivered(), status == null ? 0 : status.failed(), path(manifest));
    }

    /** States as the manifest spells them. */
    static String name(JobState state) {
        return state.name().toLowerCase(Locale.ROOT);
    }

    private static String path(Path path) {
        return path == null ? null : path.toAbsolutePath().toString();
    }
}
