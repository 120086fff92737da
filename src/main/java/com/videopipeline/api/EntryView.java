package com.videopipeline.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.videopipeline.intake.CollectedOutcomes;
import com.videopipeline.job.VideoJob;
import java.util.List;
import java.util.Map;

/**
 * What became of one entry of a submission: the job it became, or why it was refused, with the problems keyed by
 * field where they concern one ({@code errors}); a reason about the entry as a whole (routing) has no field.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record EntryView(int entry, String status, String job, String provider, String model, String url, String reason,
                 Map<String, List<String>> errors) {

    static EntryView of(String batchId, CollectedOutcomes.Outcome o) {
        return o.accepted()
                ? accepted(batchId, o.entry(), o.jobId(), o.provider(), o.model())
                : new EntryView(o.entry(), "rejected", null, null, null, null, o.rejection(), o.problems());
    }

    /** An entry recorded by an earlier call with the same idempotency key. */
    static EntryView of(VideoJob job) {
        return accepted(job.batchId(), job.sourceLine(), job.id(), job.provider(), job.model());
    }

    boolean accepted() {
        return reason == null;
    }

    private static EntryView accepted(String batchId, int entry, String jobId, String provider, String model) {
        return new EntryView(entry, "accepted", jobId, provider, model, ApiPaths.job(batchId, jobId), null, null);
    }
}
