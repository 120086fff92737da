package com.videopipeline.enrich;

import com.videopipeline.system.CacheKeys;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The {@code brief_expansion} table: every expansion paid for, keyed by model, system prompt and brief, so none is
 * paid for twice, across restarts and instances sharing the ledger.
 */
@Component
class ExpansionLedger {

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    ExpansionLedger(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** sha256 (hex) of the three texts, each length-prefixed so no two different triples can share a key. */
    static String key(String model, String systemPrompt, String brief) {
        return CacheKeys.sha256(model, systemPrompt, brief);
    }

    Optional<String> find(String key) {
        return jdbc.queryForList("SELECT expansion FROM brief_expansion WHERE cache_key = :key",
                new MapSqlParameterSource("key", key), String.class).stream().findFirst();
    }

    /** Keeps the expansion; one recorded meanwhile for the same key (a concurrent entry) stays as it is. */
    void record(String key, String model, String brief, String expansion) {
        MapSqlParameterSource p = new MapSqlParameterSource("key", key).addValue("model", model)
                .addValue("brief", brief).addValue("expansion", expansion)
                .addValue("now", Timestamp.from(clock.instant()));
        try {
            jdbc.update("INSERT INTO brief_expansion (cache_key, model, brief, expansion, created_at)"
                    + " SELECT :key, :model, :brief, :expansion, :now WHERE NOT EXISTS"
                    + " (SELECT 1 FROM brief_expansion WHERE cache_key = :key)", p);
        } catch (DuplicateKeyException e) {
            // the other entry's answer is as good: both came from the same model, system prompt and brief
        }
    }
}
