package com.videopipeline.delivery;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.videopipeline.budget.BatchBudgets;
import com.videopipeline.budget.BudgetView;
import com.videopipeline.job.Batch;
import com.videopipeline.job.BatchDeliveries;
import com.videopipeline.job.BatchTracker;
import com.videopipeline.job.CostSummary;
import com.videopipeline.job.JobState;
import com.videopipeline.job.JobStore;
import com.videopipeline.job.TargetDelivery;
import com.videopipeline.job.VideoJob;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Writes {@code manifest.json} once a batch is complete: one entry per job, delivered or not, with the reason for
 * every failure, so the batch can be accounted for without reading logs.
 */
@Component("manifestWriter")
class ManifestWriter {

    private static final Logger LOG = LoggerFactory.getLogger(ManifestWriter.class);

    private final OutboxProperties props;
    private final JobStore store;
    private final BatchTracker batches;
    private final ObjectMapper json;
    private final BatchReport report;
    private final BatchDeliveries deliveries;
    private final BatchBudgets budgets;

    ManifestWriter(OutboxProperties props, JobStore store, BatchTracker batches, ObjectMapper json,
                   BatchReport report, BatchDeliveries deliveries, BatchBudgets budgets) {
        this.props = props;
        this.store = store;
        this.batches = batches;
        this.json = json;
        this.report = report;
        this.deliveries = deliveries;
        this.budgets = budgets;
    }

    /** {@code budget}: the budget of the batch's jobs as settled at completion, null when it had none. */
    record Manifest(String batch, String sourceFile, String ingestReport, Instant received, Instant completed,
                    Counts counts, BigDecimal estimatedCostUsd, BigDecimal actualCostUsd, CostSummary cost,
                    @JsonInclude(JsonInclude.Include.NON_NULL) BudgetView budget,
                    @JsonInclude(JsonInclude.Include.NON_NULL) BatchReport.ReportFiles reports,
                    List<JobDocument> jobs,
                    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Comparisons.Comparison> comparisons) {

        Manifest withReports(BatchReport.ReportFiles files) {
            return new Manifest(batch, sourceFile, ingestReport, received, completed, counts, estimatedCostUsd,
                    actualCostUsd, cost, budget, files, jobs, comparisons);
        }
    }

    record Counts(int lines, int accepted, int rejected, long delivered, long failed) {
    }

    /** Writes the manifest and returns its path, or null for a batch that made no jobs (its report says why). */
    public Path write(Batch batch) {
        List<VideoJob> jobs = store.batch(batch.id());
        if (jobs.isEmpty()) {
            LOG.warn("batch {} from {}: no valid line, no manifest", batch.id(), batch.sourceFile());
            batches.manifestWritten(batch.id(), null);
            return null;
        }
        Path dir = props.dir().resolve(batch.id());
        // the targets' states as the ledger knows them now: uploads still under way show PENDING
        Map<String, List<TargetDelivery>> byJob = deliveries.byJob(batch.id());
        List<JobDocument> documents = jobs.stream().map(j -> document(j, dir, byJob.get(j.id()))).toList();
        long delivered = jobs.stream().filter(j -> j.state() == JobState.DELIVERED).count();
        Counts counts = new Counts(batch.accepted() + batch.rejected(), batch.accepted(), batch.rejected(),
                delivered, jobs.size() - delivered);
        CostSummary cost = CostSummary.of(jobs);
        Manifest manifest = new Manifest(batch.id(), batch.sourceFile(),
                batch.report() == null ? null : batch.report().toString(), batch.received(), batch.completed(),
                counts, cost.estimatedUsd(), cost.actualUsd(), cost, budgets.view(batch.id()).orElse(null), null,
                documents, Comparisons.of(documents));
        // the report first: a manifest on disk means the whole batch, report included, is in place
        manifest = manifest.withReports(report.write(dir, manifest));
        Path target = dir.resolve("manifest.json");
        AtomicFiles.writeJson(json, target, manifest);
        batches.manifestWritten(batch.id(), target);
        LOG.info("batch {} complete: {} delivered, {} failed, manifest {}", batch.id(), delivered,
                counts.failed(), target);
        return target;
    }

    private static JobDocument document(VideoJob job, Path dir, List<TargetDelivery> delivered) {
        if (job.state() != JobState.DELIVERED) {
            return JobDocument.of(job, null, delivered);
        }
        Path thumbnail = job.thumbnail() == null ? null : dir.resolve(job.id() + ".webp");
        return JobDocument.of(job, OutboxDelivery.files(job.deliveredVideo(), thumbnail, dir.resolve(job.id() + ".json")),
                delivered);
    }

}
