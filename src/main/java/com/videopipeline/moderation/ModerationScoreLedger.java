package com.videopipeline.moderation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.videopipeline.system.CacheKeys;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.dao.DataRetrievalFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The {@code moderation_score} table: the moderation API's scores of a text, keyed by model and text, shared by
 * restarts and by instances sharing the ledger. Scores only: verdicts are made from them with today's thresholds.
 */
@Component
class ModerationScoreLedger {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    ModerationScoreLedger(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Scores as recorded, with when the API gave them. */
    record Scored(ModerationScores scores, Instant scoredAt) {
    }

    /** sha256 (hex) of the model and the text, each length-prefixed so no two different pairs share a key. */
    static String key(String model, String text) {
        return CacheKeys.sha256(model, text);
    }

    /** The scores of {@code key} given at or after {@code notBefore}, if any. */
    Optional<Scored> find(String key, Instant notBefore) {
        MapSqlParameterSource p = new MapSqlParameterSource("key", key)
                .addValue("notBefore", notBefore.atOffset(ZoneOffset.UTC));
        return jdbc.query("SELECT scores, flagged, scored_at FROM moderation_score WHERE cache_key = :key"
                + " AND scored_at >= :notBefore", p, (rs, row) -> scored(key, rs)).stream().findFirst();
    }

    /** Keeps the scores, now; they replace older ones of the same key. No transaction: each statement stands. */
    void record(String key, String model, ModerationScores scores) {
        MapSqlParameterSource p = new MapSqlParameterSource("key", key).addValue("model", model)
                .addValue("scores", write(new TreeMap<>(scores.scores())))
                .addValue("flagged", write(new TreeSet<>(scores.flagged())))
                .addValue("now", clock.instant().atOffset(ZoneOffset.UTC));
        int updated = jdbc.update("UPDATE moderation_score SET model = :model, scores = :scores, flagged = :flagged,"
                + " scored_at = :now WHERE cache_key = :key AND scored_at <= :now", p);
        if (updated > 0) {
            return;
        }
        try {
            jdbc.update("INSERT INTO moderation_score (cache_key, model, scores, flagged, scored_at)"
                    + " SELECT :key, :model, :scores, :flagged, :now WHERE NOT EXISTS"
                    + " (SELECT 1 FROM moderation_score WHERE cache_key = :key)", p);
        } catch (DuplicateKeyException e) {
            // a concurrent entry scored the same text at the same moment: its scores are as good
        }
    }

    private static Scored scored(String key, ResultSet rs) throws SQLException {
        try {
            Map<String, Double> scores = JSON.readValue(rs.getString("scores"), new TypeReference<>() { });
            Set<String> flagged = JSON.readValue(rs.getString("flagged"), new TypeReference<>() { });
            return new Scored(new ModerationScores(scores, flagged),
                    rs.getObject("scored_at", OffsetDateTime.class).toInstant());
        } catch (JsonProcessingException e) {
            throw new DataRetrievalFailureException("moderation_score " + key + " is not readable ("
                    + e.getClass().getSimpleName() + ")", e);
        }
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of scores and a set of names always serialise", e);
        }
    }
}
