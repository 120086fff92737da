package com.videopipeline.job;

import java.util.List;
import java.util.Map;

/**
 * What the delivery targets recorded for a batch, for the writer of its manifest and the API's view of it, which
 * live in other packages than the ledger of targets: an interface here keeps the dependency one way.
 */
public interface BatchDeliveries {

    /** Each job's deliveries by job id, as the ledger holds them now; a job with none is absent. */
    Map<String, List<TargetDelivery>> byJob(String batchId);

    /** Per target, the batch's items counted by state, and those not delivered with their last error: live. */
    List<TargetState> byTarget(String batchId);

    /**
     * One target's items of one batch: its jobs' videos and its batch files or digest ({@code item} "batch").
     * {@code undelivered} lists the PENDING and FAILED ones, at most {@link #MAX_LISTED}.
     */
    record TargetState(String target, int delivered, int pending, int failed, List<Undelivered> undelivered) {
    }

    /** An item still owed or given up on: its job id (or "batch"), state, attempts so far and last error. */
    record Undelivered(String item, String state, int attempts, String error) {
    }

    int MAX_LISTED = 50;
}
