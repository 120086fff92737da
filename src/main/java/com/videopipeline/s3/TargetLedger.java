package com.videopipeline.s3;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The {@code delivery_target} table: what each target still owes, has delivered or gave up on. A claim moves the
 * due time forward by a lease with a conditional UPDATE, so two ticks (or instances) never upload the same item at
 * once, and an item whose uploader crashed is due again when the lease runs out.
 */
@Component
class TargetLedger {

    private static final Duration LEASE = Duration.ofMinutes(15);

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    TargetLedger(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records an item as owed, unless it already is (delivering a job again after a crash adds nothing). */
    void owe(String target, String batchId, String kind, String item) {
        insert(key(target, batchId, kind, item).addValue("state", "PENDING").addValue("attempts", 0)
                .addValue("location", null));
    }

    /** Records an item a target already holds (the outbox, written before any row), unless it is recorded. */
    void recordDelivered(String target, String batchId, String kind, String item, String location) {
        insert(key(target, batchId, kind, item).addValue("state", "DELIVERED").addValue("attempts", 1)
                .addValue("location", location));
    }

    private void insert(MapSqlParameterSource p) {
        p.addValue("now", now());
        jdbc.update("INSERT INTO delivery_target (target, batch_id, kind, item, state, attempts, location, due_at,"
                + " updated_at) SELECT :target, :batch, :kind, :item, :state, :attempts, :location, :now, :now"
                + " WHERE NOT EXISTS (SELECT 1 FROM delivery_target WHERE target = :target AND batch_id = :batch"
                + " AND kind = :kind AND item = :item)", p);
    }

    /** The targets any job of the batch was recorded for, sorted (batch-level rows, such as a digest, say nothing). */
    List<String> jobTargets(String batchId) {
        return jdbc.queryForList("SELECT DISTINCT target FROM delivery_target WHERE batch_id = :batch AND kind = 'JOB'"
                + " ORDER BY target", new MapSqlParameterSource("batch", batchId), String.class);
    }

    /** Claims up to {@code limit} due items of a target. */
    List<TargetRecord> claim(String target, int limit) {
        Instant now = clock.instant();
        List<TargetRecord> due = jdbc.query("SELECT * FROM delivery_target WHERE target = :target AND state ="
                + " 'PENDING' AND due_at <= :now ORDER BY due_at LIMIT " + limit,
                new MapSqlParameterSource("target", target).addValue("now", Timestamp.from(now)), TargetLedger::read);
        return due.stream().filter(r -> lease(r, now)).toList();
    }

    private boolean lease(TargetRecord r, Instant now) {
        MapSqlParameterSource p = key(r.target(), r.batchId(), r.kind(), r.item())
                .addValue("was", Timestamp.from(r.dueAt())).addValue("until", Timestamp.from(now.plus(LEASE)));
        return jdbc.update("UPDATE delivery_target SET due_at = :until WHERE target = :target AND batch_id = :batch"
                + " AND kind = :kind AND item = :item AND state = 'PENDING' AND due_at = :was", p) == 1;
    }

    void delivered(TargetRecord r, String location) {
        update(r, "DELIVERED", r.attempts() + 1, null, location, now());
    }

    /** Records a failed attempt: due again after {@code retryIn}, or FAILED when that is null. */
    void attemptFailed(TargetRecord r, String error, Duration retryIn) {
        Timestamp due = retryIn == null ? now() : Timestamp.from(clock.instant().plus(retryIn));
        update(r, retryIn == null ? "FAILED" : "PENDING", r.attempts() + 1, error, null, due);
    }

    List<TargetRecord> batch(String batchId) {
        return jdbc.query("SELECT * FROM delivery_target WHERE batch_id = :batch ORDER BY kind, item, target",
                new MapSqlParameterSource("batch", batchId), TargetLedger::read);
    }

    private void update(TargetRecord r, String state, int attempts, String error, String location, Timestamp due) {
        MapSqlParameterSource p = key(r.target(), r.batchId(), r.kind(), r.item()).addValue("state", state)
                .addValue("attempts", attempts).addValue("error", clip(error)).addValue("location", location)
                .addValue("due", due).addValue("now", now());
        jdbc.update("UPDATE delivery_target SET state = :state, attempts = :attempts, last_error = :error,"
                + " location = :location, due_at = :due, updated_at = :now WHERE target = :target"
                + " AND batch_id = :batch AND kind = :kind AND item = :item", p);
    }

    private static String clip(String error) {
        return error == null || error.length() <= 2000 ? error : error.substring(0, 2000);
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
