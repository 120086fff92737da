package com.videopipeline.campaign;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Each campaign's last firing, in the ledger. Quartz keeps its schedule in memory only, so this row is what tells
 * the next start which firings were missed while the service was down.
 */
@Component
class CampaignLedger {

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    CampaignLedger(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<LastFiring> last(String campaign) {
        return jdbc.query("SELECT * FROM campaign_firing WHERE campaign = :campaign", params(campaign, null),
                CampaignLedger::read).stream().findFirst();
    }

    /**
     * Records a firing; never moves a campaign's clock back (a catch-up may end after a later firing began), except
     * over WATCHING: Quartz may fire a just-scheduled campaign for the start of the current second, a moment before
     * the instant it started being watched, and that firing is real.
     */
    void record(String campaign, Instant scheduledAt, FiringState state, String batchId) {
        MapSqlParameterSource p = params(campaign, scheduledAt).addValue("state", state.name())
                .addValue("batch", batchId).addValue("watching", FiringState.WATCHING.name());
        int updated = jdbc.update("UPDATE campaign_firing SET scheduled_at = :at, state = :state, batch_id = :batch,"
                + " updated_at = :now WHERE campaign = :campaign AND (scheduled_at <= :at OR state = :watching)", p);
        if (updated == 0) {
            insert(p);
        }
    }

    /** Sets the clock to {@code at} whatever it was: the campaign starts being watched, or stops. */
    void reset(String campaign, Instant at, FiringState state) {
        MapSqlParameterSource p = params(campaign, at).addValue("state", state.name()).addValue("batch", null);
        int updated = jdbc.update("UPDATE campaign_firing SET scheduled_at = :at, state = :state, batch_id = NULL,"
                + " updated_at = :now WHERE campaign = :campaign", p);
        if (updated == 0) {
            insert(p);
        }
    }

    private void insert(MapSqlParameterSource p) {
        try {
            jdbc.update("INSERT INTO campaign_firing (campaign, scheduled_at, state, batch_id, updated_at)"
                    + " VALUES (:campaign, :at, :state, :batch, :now)", p);
        } catch (DuplicateKeyException e) {
            // the row exists with a later time: a later firing was recorded meanwhile, and it stays the last
        }
    }

    private MapSqlParameterSource params(String campaign, Instant at) {
        return new MapSqlParameterSource("campaign", campaign).addValue("at", ts(at))
                .addValue("now", ts(clock.instant()));
    }

    private static OffsetDateTime ts(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static LastFiring read(ResultSet rs, int row) throws SQLException {
        return new LastFiring(rs.getObject("scheduled_at", OffsetDateTime.class).toInstant(),
                FiringState.valueOf(rs.getString("state")), rs.getString("batch_id"));
    }
}
