package com.videopipeline.api;

import com.videopipeline.job.Batch;
import com.videopipeline.job.BatchStatus;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/**
 * One batch's progress as the API shows it: its jobs counted by state, delivered and failed, and once complete
 * where its manifest is. Costs: the estimate of every job, and what the ended ones cost (discarded videos included).
 */
record BatchView(String batch, String origin, String campaign, String source, String receivedAt, boolean sealed,
                 boolean complete, String completedAt, int accepted, int rejected, Map<String, Integer> counts,
                 int total, int delivered, int failed, int inFlight, BigDecimal estimatedCostUsd,
                 BigDecimal actualCostUsd, String manifest,
                 String progress, String jobs) {

    static BatchView of(BatchStatus status) {
        Batch b = status.batch();
        Map<String, Integer> counts = new TreeMap<>();
        status.counts().forEach((state, n) -> counts.put(state.name(), n));
        return new BatchView(b.id(), b.origin(), b.campaign(), b.sourceFile(),
                b.received() == null ? null : b.received().toString(), b.sealed(), b.completed() != null,
                b.completed() == null ? null : b.completed().toString(), b.accepted(), b.rejected(), counts,
                status.total(), status.delivered(), status.failed(), status.inFlight(), status.estimatedCostUsd(),
                status.actualCostUsd(),
                b.manifest() == null ? null : b.manifest().toString(), status.progressLine(),
                ApiPaths.BASE + "/jobs?batch=" + b.id());
    }
}
