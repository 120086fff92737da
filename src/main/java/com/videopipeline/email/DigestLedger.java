package com.videopipeline.email;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The email target's rows of {@code delivery_target} (target {@code email}, kind {@code BATCH}): a digest owed is
 * recorded before it is sent, so a crash or an SMTP outage delays it but never loses it. A claim leases the row
 * like the S3 target's, and waits while another target of the batch is still pending, so the digest can link what
 * S3 has.
 */
@Component
class DigestLedger {

    static final String TARGET = "email";
    private static final Duration LEASE = Duration.ofMinutes(10);

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    DigestLedger(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    record Owed(String batchId, int attempts, Instant dueAt) {
    }

    void owe(String batchId) {
        jdbc.update("INSERT INTO delivery_target (target, batch_id, kind, item, state, due_at, updated_at)"
                + " SELECT 'email', :batch, 'BATCH', '', 'PENDING', :now, :now WHERE NOT EXISTS (SELECT 1 FROM"
                + " delivery_target WHERE target = 'email' AND batch_id = :batch AND kind = 'BATCH')", params(batchId));
    }

    List<Owed> claim(int limit) {
        List<Owed> due = jdbc.query("SELECT batch_id, attempts, due_at FROM delivery_target e WHERE e.target ="
                + " 'email' AND e.state = 'PENDING' AND e.due_at <= :now AND NOT EXISTS (SELECT 1 FROM delivery_target o"
                + " WHERE o.batch_id = e.batch_id AND o.target <> 'email' AND o.state = 'PENDING') ORDER BY e.due_at"
                + " LIMIT " + limit, params(null), (rs, i) -> new Owed(rs.getString(1), rs.getInt(2),
                rs.getTimestamp(3).toInstant()));
        return due.stream().filter(this::lease).toList();
    }

    private boolean lease(Owed owed) {
        return jdbc.update("UPDATE delivery_target SET due_at = :until WHERE target = 'email' AND batch_id = :batch"
                + " AND kind = 'BATCH' AND state = 'PENDING' AND due_at = :was", params(owed.batchId())
                .addValue("was", Timestamp.from(owed.dueAt()))
                .addValue("until", Timestamp.from(clock.instant().plus(LEASE)))) == 1;
    }

    /** Where the S3 target put each delivered video of the batch: job id to {@code s3://bucket/key}. */
    Map<String, String> s3Videos(String batchId) {
        Map<String, String> out = new HashMap<>();
        jdbc.query("SELECT item, location FROM delivery_target WHERE target = 's3' AND kind = 'JOB' AND batch_id ="
                + " :batch AND state = 'DELIVERED' AND location IS NOT NULL", params(batchId),
                rs -> { out.put(rs.getString(1), rs.getString(2)); });
        return out;
    }

    void sent(Owed owed, String recipients) {
        update(owed, "DELIVERED", null, "mailto:" + recipients, clock.instant());
    }

    /** A failed attempt: due again after {@code retryIn}, or FAILED when that is null. */
    void failed(Owed owed, String error, Duration retryIn) {
        update(owed, retryIn == null ? "FAILED" : "PENDING", error, null,
                retryIn == null ? clock.instant() : clock.instant().plus(retryIn));
    }

    private void update(Owed owed, String state, String error, String location, Instant due) {
        jdbc.update("UPDATE delivery_target SET state = :state, attempts = attempts + 1, last_error = :error,"
                + " location = :location, due_at = :due, updated_at = :now WHERE target = 'email' AND batch_id = :batch"
                + " AND kind = 'BATCH'", params(owed.batchId()).addValue("state", state)
                .addValue("error", error == null || error.length() <= 2000 ? error : error.substring(0, 2000))
                .addValue("location", location == null || location.length() <= 1200 ? location
                        : location.substring(0, 1200)).addValue("due", Timestamp.from(due)));
    }

    private MapSqlParameterSource params(String batchId) {
        return new MapSqlParameterSource("batch", batchId).addValue("now", Timestamp.from(clock.instant()));
    }
}
