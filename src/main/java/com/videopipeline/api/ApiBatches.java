package com.videopipeline.api;

import com.videopipeline.job.BatchTracker;
import com.videopipeline.job.JobReplay;
import com.videopipeline.job.JobStatusQuery;
import org.springframework.stereotype.Component;

/** The API's batch operations: progress of one batch, and the replay of its failed jobs. */
@Component("apiBatches")
public class ApiBatches {

    private final JobStatusQuery status;
    private final JobReplay replay;
    private final BatchTracker batches;

    ApiBatches(JobStatusQuery status, JobReplay replay, BatchTracker batches) {
        this.status = status;
        this.replay = replay;
        this.batches = batches;
    }

    public BatchView batch(String batchId) {
        return status.batch(batchId).map(BatchView::of).orElseThrow(() -> unknown(batchId));
    }

    /**
     * Puts the batch's FAILED, EXPIRED and UNCERTAIN jobs back to work: a video the provider made is downloaded
     * again, the rest submitted again; jobs already back at work are not replayed twice.
     */
    public ReplayView replay(String batchId) {
        if (!batches.exists(batchId)) {
            throw unknown(batchId);
        }
        return new ReplayView(batchId, replay.replay(batchId), ApiPaths.batch(batchId));
    }

    private static ApiProblem unknown(String batchId) {
        return ApiProblem.notFound("no batch " + batchId);
    }
}
