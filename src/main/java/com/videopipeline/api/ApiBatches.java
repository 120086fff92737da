package com.videopipeline.api;

import com.videopipeline.budget.BatchBudgets;
import com.videopipeline.job.BatchDeliveries;
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
    private final BatchBudgets budgets;
    private final BatchDeliveries deliveries;

    ApiBatches(JobStatusQuery status, JobReplay replay, BatchTracker batches, BatchBudgets budgets,
               BatchDeliveries deliveries) {
        this.status = status;
        this.replay = replay;
        this.batches = batches;
        this.budgets = budgets;
        this.deliveries = deliveries;
    }

    public BatchView batch(String batchId) {
        return status.batch(batchId).map(s -> BatchView.of(s, budgets.view(batchId).orElse(null),
                deliveries.byTarget(batchId))).orElseThrow(() -> unknown(batchId));
    }

    /**
     * Puts the batch's FAILED, EXPIRED, UNCERTAIN and HELD jobs back to work: a video the provider made is downloaded
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
