package com.videopipeline.job;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
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

    /** Jobs per provider and state over the whole ledger, for the metrics and the JMX view (one grouped count). */
    public Map<String, Map<JobState, Integer>> countsByProvider() {
        Map<String, Map<JobState, Integer>> counts = new TreeMap<>();
        jdbc.query("SELECT provider, state, COUNT(*) AS n FROM job GROUP BY provider, state",
                new MapSqlParameterSource(), rs -> {
                    counts.computeIfAbsent(rs.getString("provider"), p -> new EnumMap<>(JobState.class))
                            .put(JobState.valueOf(rs.getString("state")), rs.getInt("n"));
                });
        return counts;
    }

    /** One progress line per open batch, for the log. */
    public List<String> progressLines() {
        return openBatches().stream().map(BatchStatus::progressLine).toList();
    }

    private BatchStatus status(Batch batch) {
        Map<JobState, Integer> counts = new EnumMap<>(JobState.class);
        BigDecimal[] cost = {BigDecimal.ZERO, BigDecimal.ZERO};
        jdbc.query("SELECT state, COUNT(*) AS n, SUM(estimated_cost) AS cost, SUM(actual_cost) AS actual FROM job"
                + " WHERE batch_id = :id GROUP BY state", new MapSqlParameterSource("id", batch.id()), rs -> {
                    counts.put(JobState.valueOf(rs.getString("state")), rs.getInt("n"));
                    cost[0] = add(cost[0], rs.getBigDecimal("cost"));
                    cost[1] = add(cost[1], rs.getBigDecimal("actual"));
                });
        return new BatchStatus(batch, counts, cost[0], cost[1]);
    }

    /**
     * What a campaign's batches cost, one summary per batch, oldest first; empty when no batch was made for it.
     * Summed from the jobs, so discarded (paid) videos count as in the manifests.
     */
    public Map<String, CostSummary> campaignCosts(String campaign) {
        Map<String, CostSummary> costs = new java.util.LinkedHashMap<>();
        jdbc.query("SELECT id FROM batch WHERE campaign = :campaign ORDER BY received_at",
                new MapSqlParameterSource("campaign", campaign), (rs, i) -> rs.getString("id"))
                .forEach(id -> costs.put(id, CostSummary.of(store.batch(id))));
        return costs;
    }

    private static BigDecimal add(BigDecimal sum, BigDecimal value) {
        return value == null ? sum : sum.add(value);
    }
}
