package com.videopipeline.targets;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The one place for the SQL of the {@code delivery_target} table, which every target shares (S3, the email digest):
 * what each still owes, has delivered or gave up on. A claim moves the due time forward by a lease with a
 * conditional UPDATE, so two ticks (or instances) never deliver the same item at once, and an item whose deliverer
 * crashed is due again when the lease runs out.
 */
@Component
public class TargetLedger {

    private static final Duration LEASE = Duration.ofMinutes(15);

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    public TargetLedger(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records an item as owed, unless it already is (delivering a job again after a crash adds nothing). */
    public void owe(String target, String batchId, String kind, String item) {
        insert(key(target, batchId, kind, item).addValue("state", "PENDING").addValue("attempts", 0)
                .addValue("location", null).addValue("error", null));
    }

    /** Records an item a target already holds (the outbox, written before any row), unless it is recorded. */
    public void recordDelivered(String target, String batchId, String kind, String item, String location) {
        insert(key(target, batchId, kind, item).addValue("state", "DELIVERED").addValue("attempts", 1)
                .addValue("location", clip(location, 1200)).addValue("error", null));
    }

    /** Records an item owed to a target that cannot take it at all (switched off), FAILED with the reason. */
    public void recordFailed(String target, String batchId, String kind, String item, String error) {
        insert(key(target, batchId, kind, item).addValue("state", "FAILED").addValue("attempts", 0)
                .addValue("location", null).addValue("error", clip(error, 2000)));
    }

    private void insert(MapSqlParameterSource p) {
        p.addValue("now", now());
        try {
            jdbc.update("INSERT INTO delivery_target (target, batch_id, kind, item, state, attempts, last_error,"
                    + " location, due_at, updated_at) SELECT :target, :batch, :kind, :item, :state, :attempts, :error,"
                    + " :location, :now, :now WHERE NOT EXISTS (SELECT 1 FROM delivery_target WHERE target = :target"
                    + " AND batch_id = :batch AND kind = :kind AND item = :item)", p);
        } catch (DuplicateKeyException e) {
            // recorded by another thread between the check and the insert: as "already recorded"
        }
    }

    /** The targets any job of the batch was recorded for, sorted (batch-level rows, such as a digest, say nothing). */
    public List<String> jobTargets(String batchId) {
        return jdbc.queryForList("SELECT DISTINCT target FROM delivery_target WHERE batch_id = :batch AND kind = 'JOB'"
                + " ORDER BY target", new MapSqlParameterSource("batch", batchId), String.class);
    }

    /**
     * Claims up to {@code limit} due items of a target. {@code afterOthers}: only items whose batch owes no other
     * target anything still pending (a digest links what S3 holds, so it waits for S3).
     */
    public List<TargetRecord> claim(String target, int limit, boolean afterOthers) {
        Instant now = clock.instant();
        String waiting = afterOthers ? " AND NOT EXISTS (SELECT 1 FROM delivery_target o WHERE o.batch_id ="
                + " d.batch_id AND o.target <> d.target AND o.state = 'PENDING')" : "";
        List<TargetRecord> due = jdbc.query("SELECT * FROM delivery_target d WHERE d.target = :target AND d.state ="
                + " 'PENDING' AND d.due_at <= :now" + waiting + " ORDER BY d.due_at LIMIT " + limit,
                new MapSqlParameterSource("target", target).addValue("now", Timestamp.from(now)), TargetLedger::read);
        return due.stream().filter(r -> lease(r, now)).toList();
    }

    private boolean lease(TargetRecord r, Instant now) {
        MapSqlParameterSource p = key(r.target(), r.batchId(), r.kind(), r.item())
                .addValue("was", Timestamp.from(r.dueAt())).addValue("until", Timestamp.from(now.plus(LEASE)));
        return jdbc.update("UPDATE delivery_target SET due_at = :until WHERE target = :target AND batch_id = :batch"
                + " AND kind = :kind AND item = :item AND state = 'PENDING' AND due_at = :was", p) == 1;
    }

    public void delivered(TargetRecord r, String location) {
        update(r, "DELIVERED", null, location, now());
    }

    /** Records a failed attempt: due again after {@code retryIn}, or FAILED when that is null. */
    public void attemptFailed(TargetRecord r, String error, Duration retryIn) {
        Timestamp due = retryIn == null ? now() : Timestamp.from(clock.instant().plus(retryIn));
        update(r, retryIn == null ? "FAILED" : "PENDING", error, null, due);
    }

    /** Every row of the batch, batch rows first, then by job and target. */
    public List<TargetRecord> batch(String batchId) {
        return jdbc.query("SELECT * FROM delivery_target WHERE batch_id = :batch ORDER BY kind, item, target",
                new MapSqlParameterSource("batch", batchId), TargetLedger::read);
    }

    /** Where a target delivered each job of the batch: job id to location. */
    public Map<String, String> jobLocations(String target, String batchId) {
        Map<String, String> out = new HashMap<>();
        jdbc.query("SELECT item, location FROM delivery_target WHERE target = :target AND kind = 'JOB' AND batch_id ="
                + " :batch AND state = 'DELIVERED' AND location IS NOT NULL", key(target, batchId, null, null),
                rs -> { out.put(rs.getString(1), rs.getString(2)); });
        return out;
    }

    private void update(TargetRecord r, String state, String error, String location, Timestamp due) {
        MapSqlParameterSource p = key(r.target(), r.batchId(), r.kind(), r.item()).addValue("state", state)
                .addValue("attempts", r.attempts() + 1).addValue("error", clip(error, 2000))
                .addValue("location", clip(location, 1200)).addValue("due", due).addValue("now", now());
        jdbc.update("UPDATE delivery_target SET state = :state, attempts = :attempts, last_error = :error,"
                + " location = :location, due_at = :due, updated_at = :now WHERE target = :target"
                + " AND batch_id = :batch AND kind = :kind AND item = :item", p);
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    private static MapSqlParameterSource key(String target, String batchId, String kind, String item) {
        return new MapSqlParameterSource("target", target).addValue("batch", batchId).addValue("kind", kind)
                .addValue("item", item);
    }

    private static TargetRecord read(ResultSet rs, int row) throws SQLException {
        return new TargetRecord(rs.getString("target"), rs.getString("batch_id"), rs.getString("kind"),
                rs.getString("item"), rs.getString("state"), rs.getInt("attempts"), rs.getString("last_error"),
                rs.getString("location"), rs.getTimestamp("due_at").toInstant());
    }
}
