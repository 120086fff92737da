package com.videopipeline.job;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Read-only questions to the ledger: one job, one batch, the batches still open. What the REST API, reports and
 * the progress log use; it never changes a job.
 */
@Component("jobStatus")
public class JobStatusQuery {

    private final NamedParameterJdbcTemplate jdbc;
    private final JobStore store;
    private final BatchTracker batches;

    JobStatusQuery(NamedParameterJdbcTemplate jdbc, JobStore store, BatchTracker batches) {
        this.jdbc = jdbc;
        this.store = store;
        this.batches = batches;
    }

    public Optional<VideoJob> job(String batchId, String jobId) {
        return store.find(batchId + "/" + jobId);
    }

    public Optional<BatchStatus> batch(String batchId) {
        return batches.find(batchId).map(this::status);
    }

    /** Batches not yet complete, oldest first. */
    public List<BatchStatus> openBatches() {
        return jdbc.query("SELECT id FROM batch WHERE completed_at IS NULL ORDER BY received_at",
                new MapSqlParameterSource(), (rs, i) -> rs.getString("id")).stream()
                .map(this::batch).flatMap(Optional::stream).toList();
    }

    /** One progress line per open batch, for the log. */
    public List<String> progressLines() {
        return openBatches().stream().map(BatchStatus::progressLine).toList();
    }

    private BatchStatus status(Batch batch) {
        Map<JobState, Integer> counts = new EnumMap<>(JobState.class);
        BigDecimal[] cost = {BigDecimal.ZERO};
        jdbc.query("SELECT state, COUNT(*) AS n, SUM(estimated_cost) AS cost FROM job WHERE batch_id = :id"
                + " GROUP BY state", new MapSqlParameterSource("id", batch.id()), rs -> {
                    counts.put(JobState.valueOf(rs.getString("state")), rs.getInt("n"));
                    BigDecimal c = rs.getBigDecimal("cost");
                    cost[0] = c == null ? cost[0] : cost[0].add(c);
                });
        return new BatchStatus(batch, counts, cost[0]);
    }
}
