package com.videopipeline.api;

import com.videopipeline.budget.BudgetView;
import com.videopipeline.job.Batch;
import com.videopipeline.job.BatchDeliveries;
import com.videopipeline.job.BatchStatus;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One batch's progress as the API shows it: its jobs counted by state, delivered and failed, and once complete
 * where its manifest is. Costs: the estimate of every job, and what the ended ones cost (discarded videos included);
 * its budget (limit, reserved, spent, released, left, held and downgraded jobs) when it has one. {@code deliveries}:
 * per target (outbox, s3, email), its items delivered, pending and failed as the ledger holds them now, the
 * undelivered ones with their last error: the live state, where the manifest is a snapshot taken at completion.
 */
record BatchView(String batch, String origin, String campaign, String source, String receivedAt, boolean sealed,
                 boolean complete, String completedAt, int accepted, int rejected, Map<String, Integer> counts,
                 int total, int delivered, int failed, int inFlight, BigDecimal estimatedCostUsd,
                 BigDecimal actualCostUsd, BudgetView budget, String manifest,
                 List<BatchDeliveries.TargetState> deliveries, String progress, String jobs) {

    /** {@code budget}: the budget of the batch's jobs, null when it has none. */
    static BatchView of(BatchStatus status, BudgetView budget, List<BatchDeliveries.TargetState> deliveries) {
        Batch b = status.batch();
        Map<String, Integer> counts = new TreeMap<>();
        status.counts().forEach((state, n) -> counts.put(state.name(), n));
        return new BatchView(b.id(), b.origin(), b.campaign(), b.sourceFile(),
                b.received() == null ? null : b.received().toString(), b.sealed(), b.completed() != null,
                b.completed() == null ? null : b.completed().toString(), b.accepted(), b.rejected(), counts,
                status.total(), status.delivered(), status.failed(), status.inFlight(), status.estimatedCostUsd(),
                status.actualCostUsd(), budget,
                b.manifest() == null ? null : b.manifest().toString(), deliveries, status.progressLine(),
                ApiPaths.BASE + "/jobs?batch=" + b.id());
    }
}
