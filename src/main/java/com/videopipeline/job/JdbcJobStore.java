package com.videopipeline.job;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The job ledger in a relational database (H2 by default, PostgreSQL by configuration). Every save is committed
 * when the method returns, so a stage that saves before a side effect can rely on the record surviving a crash.
 * A claim is a lease with an expiry: a job leased by a process that died is taken up again once the lease ends.
 */
@Component("jobStore")
class JdbcJobStore implements JobStore {

    /** SQL for "not terminal", from the one definition of terminal. */
    static final String ACTIVE = JobState.TERMINAL.stream().map(s -> "'" + s.name() + "'")
            .collect(Collectors.joining(",", "state NOT IN (", ")"));

    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final LedgerProperties props;

    JdbcJobStore(NamedParameterJdbcTemplate jdbc, TransactionTemplate tx, LedgerProperties props) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.props = props;
    }

    @Override
    public void add(VideoJob job) {
        Map<String, Object> columns = JobRows.created(job);
        String names = String.join(", ", columns.keySet());
        String values = columns.keySet().stream().map(c -> ":" + c).collect(Collectors.joining(", "));
        jdbc.update("INSERT INTO job (" + names + ") VALUES (" + values + ")", new MapSqlParameterSource(columns));
    }

    @Override
    public void save(VideoJob job) {
        update(job, "");
    }

    @Override
    public synchronized List<VideoJob> claim(Set<JobState> states, Instant now, int limit,
                                             Predicate<VideoJob> admit) {
        return tx.execute(status -> {
            List<VideoJob> candidates = jdbc.query("SELECT * FROM job WHERE state IN (:states) AND due_at <= :now"
                    + " AND (leased_until IS NULL OR leased_until < :now) ORDER BY seq FETCH FIRST :window ROWS ONLY",
                    new MapSqlParameterSource("states", states.stream().map(Enum::name).toList())
                            .addValue("now", JobRows.ts(now)).addValue("window", Math.max(limit * 8, 200)),
                    (rs, i) -> JobRows.read(rs));
            List<VideoJob> claimed = new ArrayList<>();
            for (VideoJob job : candidates) {
                if (claimed.size() < limit && admit.test(job)) {
                    claimed.add(job);
                }
            }
            Instant until = now.plus(props.lease());
            claimed.forEach(job -> jdbc.update("UPDATE job SET leased_until = :until WHERE batch_id = :batch AND id = :id",
                    key(job).addValue("until", JobRows.ts(until))));
            return claimed;
        });
    }

    @Override
    public void release(VideoJob job) {
        update(job, ", leased_until = NULL");
    }

    @Override
    public Optional<VideoJob> find(String key) {
        int slash = key.indexOf('/');
        return jdbc.query("SELECT * FROM job WHERE batch_id = :batch AND id = :id",
                new MapSqlParameterSource("batch", key.substring(0, slash)).addValue("id", key.substring(slash + 1)),
                (rs, i) -> JobRows.read(rs)).stream().findFirst();
    }

    /** Synchronized with {@link #claim}, whose read-then-lease must not interleave with this one. */
    @Override
    public synchronized Optional<VideoJob> lease(String key, Instant now) {
        int slash = key.indexOf('/');
        int won = jdbc.update("UPDATE job SET leased_until = :until WHERE batch_id = :batch AND id = :id"
                + " AND (leased_until IS NULL OR leased_until < :now)",
                new MapSqlParameterSource("batch", key.substring(0, slash)).addValue("id", key.substring(slash + 1))
                        .addValue("now", JobRows.ts(now)).addValue("until", JobRows.ts(now.plus(props.lease()))));
        return won == 1 ? find(key) : Optional.empty();
    }

    @Override
    public Optional<VideoJob> findAtProvider(String provider, String providerJobId) {
        return jdbc.query("SELECT * FROM job WHERE provider = :provider AND provider_job_id = :providerJobId"
                + " ORDER BY seq DESC FETCH FIRST 1 ROWS ONLY",
                new MapSqlParameterSource("provider", provider).addValue("providerJobId", providerJobId),
                (rs, i) -> JobRows.read(rs)).stream().findFirst();
    }

    @Override
    public List<VideoJob> batch(String batchId) {
        return jdbc.query("SELECT * FROM job WHERE batch_id = :batch ORDER BY seq",
                new MapSqlParameterSource("batch", batchId), (rs, i) -> JobRows.read(rs));
    }

    @Override
    public int countAtProvider(String provider) {
        return count("provider = :provider AND state IN ('SUBMITTING','SUBMITTED','RUNNING')",
                new MapSqlParameterSource("provider", provider));
    }

    @Override
    public Map<String, Integer> inFlightByModel(Instant now) {
        Map<String, Integer> counts = new HashMap<>();
        jdbc.query("SELECT provider, model, COUNT(*) AS n FROM job WHERE state IN ('SUBMITTING','SUBMITTED','RUNNING')"
                + " OR (state = 'QUEUED' AND leased_until >= :now) GROUP BY provider, model",
                new MapSqlParameterSource("now", JobRows.ts(now)),
                rs -> { counts.put(rs.getString("provider") + "/" + rs.getString("model"), rs.getInt("n")); });
        return counts;
    }

    @Override
    public Set<String> providerJobIds(String provider) {
        return Set.copyOf(jdbc.queryForList("SELECT provider_job_id FROM job WHERE provider = :provider"
                + " AND provider_job_id IS NOT NULL", new MapSqlParameterSource("provider", provider), String.class));
    }

    @Override
    public int countActive() {
        return count(ACTIVE, new MapSqlParameterSource());
    }

    /** Frees every lease: at start-up of the only instance, no lease can belong to a live process. */
    void releaseAllLeases() {
        jdbc.update("UPDATE job SET leased_until = NULL WHERE leased_until IS NOT NULL", new MapSqlParameterSource());
    }

    private void update(VideoJob job, String extra) {
        Map<String, Object> columns = JobRows.changing(job);
        String sets = columns.keySet().stream().map(c -> c + " = :" + c).collect(Collectors.joining(", "));
        int rows = jdbc.update("UPDATE job SET " + sets + extra + " WHERE batch_id = :k_batch AND id = :k_id",
                new MapSqlParameterSource(columns).addValue("k_batch", job.batchId()).addValue("k_id", job.id()));
        if (rows != 1) {
            throw new IllegalStateException("job " + job.key() + " is not in the ledger");
        }
    }

    private int count(String where, MapSqlParameterSource params) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM job WHERE " + where, params, Integer.class);
        return n == null ? 0 : n;
    }

    private static MapSqlParameterSource key(VideoJob job) {
        return new MapSqlParameterSource("batch", job.batchId()).addValue("id", job.id());
    }
}
