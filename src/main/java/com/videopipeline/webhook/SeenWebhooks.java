package com.videopipeline.webhook;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The {@code webhook-id}s of verified deliveries, in the ledger's database so a repeat is recognised after a restart
 * too. An id is kept until its signed timestamp leaves the tolerance: after that any copy is refused as stale anyway,
 * so the table stays as small as the traffic of a few minutes.
 */
@Component
class SeenWebhooks {

    /** Pruning is a DELETE; once a minute is plenty for rows that live minutes. */
    private static final Duration PRUNE_EVERY = Duration.ofMinutes(1);

    private final NamedParameterJdbcTemplate jdbc;
    private final AtomicReference<Instant> nextPrune = new AtomicReference<>(Instant.MIN);

    SeenWebhooks(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the delivery; false when its id was recorded already (a repeat). Atomic across threads and instances. */
    boolean firstDelivery(String source, String webhookId, Instant keepUntil, Instant now) {
        pruneNowAndThen(now);
        try {
            jdbc.update("INSERT INTO webhook_event (source, webhook_id, received_at, keep_until)"
                    + " VALUES (:source, :id, :now, :keepUntil)", key(source, webhookId)
                    .addValue("now", ts(now)).addValue("keepUntil", ts(keepUntil)));
            return true;
        } catch (DuplicateKeyException repeat) {
            return false;
        }
    }

    /** Forgets a delivery whose handling did not finish, so the sender's retry is handled rather than ignored. */
    void forget(String source, String webhookId) {
        jdbc.update("DELETE FROM webhook_event WHERE source = :source AND webhook_id = :id", key(source, webhookId));
    }

    /** Deletes the ids no copy could still pass the timestamp check with; returns how many. */
    int prune(Instant now) {
        return jdbc.update("DELETE FROM webhook_event WHERE keep_until < :now",
                new MapSqlParameterSource("now", ts(now)));
    }

    private void pruneNowAndThen(Instant now) {
        Instant due = nextPrune.get();
        if (!now.isBefore(due) && nextPrune.compareAndSet(due, now.plus(PRUNE_EVERY))) {
            prune(now);
        }
    }

    private static MapSqlParameterSource key(String source, String webhookId) {
        return new MapSqlParameterSource("source", source).addValue("id", webhookId);
    }

    private static OffsetDateTime ts(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
