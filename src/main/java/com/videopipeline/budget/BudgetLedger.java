package com.videopipeline.budget;

import java.math.BigDecimal;
import java.sql.Types;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Budgets and their reservations in the ledger. A reservation is one conditional UPDATE of the budget row (it
 * succeeds only while spent + reserved + the amount stays within each limit): the database serialises it, so two
 * claims racing for the last of a budget, in one process or in several sharing PostgreSQL, cannot both win.
 * Each change of a budget's totals is made in one transaction with the job's reservation row.
 */
@Component
class BudgetLedger {

    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;

    BudgetLedger(NamedParameterJdbcTemplate jdbc, TransactionTemplate tx, Clock clock) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * Makes the budget if it is new and puts the batch under it. A campaign-wide budget takes the limits the
     * campaign's file gives now; a batch's budget is fixed once made.
     */
    void attach(String budgetId, String campaign, BudgetSpec spec, BudgetMode mode, String batchId) {
        // no transaction: on PostgreSQL a duplicate key would abort it, and each statement stands on its own
        MapSqlParameterSource p = now().addValue("id", budgetId).addValue("campaign", campaign)
                .addValue("usd", spec.usd()).addValue("seconds", spec.seconds()).addValue("mode", mode.name())
                .addValue("batch", batchId);
        int updated = campaign == null || !spec.campaignWide() ? 0 : jdbc.update("UPDATE budget SET limit_usd"
                + " = :usd, limit_seconds = :seconds, over_budget = :mode, updated_at = :now WHERE id = :id", p);
        if (updated == 0) {
            ignoreDuplicate(() -> jdbc.update("INSERT INTO budget (id, campaign, limit_usd, limit_seconds,"
                    + " over_budget, updated_at) VALUES (:id, :campaign, :usd, :seconds, :mode, :now)", p));
        }
        ignoreDuplicate(() -> jdbc.update("INSERT INTO budget_batch (batch_id, budget_id) VALUES (:batch, :id)", p));
    }

    /**
     * New limits for a batch's own budget (a null limit does not apply); false when the budget is campaign-wide,
     * since its campaign's file sets those at each firing. Reservations already made stand.
     */
    boolean changeLimits(String budgetId, BigDecimal usd, BigDecimal seconds) {
        MapSqlParameterSource p = now().addValue("id", budgetId).addValue("usd", usd, Types.NUMERIC)
                .addValue("seconds", seconds, Types.NUMERIC);
        return jdbc.update("UPDATE budget SET limit_usd = :usd, limit_seconds = :seconds, updated_at = :now"
                + " WHERE id = :id AND campaign IS NULL", p) == 1;
    }

    Optional<String> budgetOf(String batchId) {
        return jdbc.queryForList("SELECT budget_id FROM budget_batch WHERE batch_id = :batch",
                new MapSqlParameterSource("batch", batchId), String.class).stream().findFirst();
    }

    Optional<BudgetState> state(String budgetId) {
        return jdbc.query("SELECT * FROM budget WHERE id = :id", new MapSqlParameterSource("id", budgetId),
                BudgetRows::budget).stream().findFirst();
    }

    Optional<Reservation> reservation(String batchId, String jobId) {
        return jdbc.query("SELECT * FROM budget_reservation WHERE batch_id = :batch AND job_id = :job",
                job(batchId, jobId), BudgetRows::reservation).stream().findFirst();
    }

    /**
     * Adds {@code extra} to the job's reservation if the budget still has room for it; false (nothing changed) when
     * it has not. Joins the caller's transaction (a claim's), so the reservation commits with the job's lease.
     */
    boolean reserve(String budgetId, String batchId, String jobId, Amount extra, int discardedSeen) {
        return Boolean.TRUE.equals(tx.execute(status -> {
            MapSqlParameterSource p = job(batchId, jobId).addValues(now().getValues()).addValue("id", budgetId)
                    .addValue("usd", extra.usd()).addValue("seconds", extra.seconds())
                    .addValue("seen", discardedSeen);
            int won = jdbc.update("UPDATE budget SET reserved_usd = reserved_usd + :usd, reserved_seconds ="
                    + " reserved_seconds + :seconds, updated_at = :now WHERE id = :id"
                    + " AND (limit_usd IS NULL OR spent_usd + reserved_usd + :usd <= limit_usd)"
                    + " AND (limit_seconds IS NULL OR spent_seconds + reserved_seconds + :seconds <= limit_seconds)", p);
            if (won == 0) {
                return false;
            }
            // RESERVED: add to what the job holds; after SPENT, SETTLED or RELEASED it held nothing
            int updated = jdbc.update("UPDATE budget_reservation SET reserved_usd = CASE WHEN state = 'RESERVED'"
                    + " THEN reserved_usd + :usd ELSE :usd END, reserved_seconds = CASE WHEN state = 'RESERVED'"
                    + " THEN reserved_seconds + :seconds ELSE :seconds END, state = 'RESERVED', budget_id = :id,"
                    + " discarded_seen = :seen, updated_at = :now WHERE batch_id = :batch AND job_id = :job", p);
            if (updated == 0) {
                jdbc.update("INSERT INTO budget_reservation (batch_id, job_id, budget_id, state, reserved_usd,"
                        + " reserved_seconds, discarded_seen, updated_at) VALUES (:batch, :job, :id, 'RESERVED', :usd,"
                        + " :seconds, :seen, :now)", p);
            }
            return true;
        }));
    }

    /**
     * Ends what {@code r} holds: {@code charge} becomes spent, the rest of its reservation is released. Only the
     * first of two settlements of the same reservation (the job's own, a repair) counts; false for the other.
     */
    boolean settle(Reservation r, Amount charge, String newState, int discardedSeen) {
        Amount released = r.reserved().minus(charge).atLeastZero();
        return Boolean.TRUE.equals(tx.execute(status -> {
            MapSqlParameterSource p = job(r.batchId(), r.jobId()).addValues(now().getValues())
                    .addValue("id", r.budgetId()).addValue("state", newState).addValue("seen", discardedSeen)
                    .addValue("heldUsd", r.reserved().usd()).addValue("heldSeconds", r.reserved().seconds())
                    .addValue("usd", charge.usd()).addValue("seconds", charge.seconds())
                    .addValue("freedUsd", released.usd()).addValue("freedSeconds", released.seconds());
            int won = jdbc.update("UPDATE budget_reservation SET state = :state, reserved_usd = 0,"
                    + " reserved_seconds = 0, spent_usd = spent_usd + :usd, spent_seconds = spent_seconds + :seconds,"
                    + " discarded_seen = :seen, updated_at = :now WHERE batch_id = :batch AND job_id = :job"
                    + " AND state = 'RESERVED' AND reserved_usd = :heldUsd AND reserved_seconds = :heldSeconds", p);
            if (won == 1) {
                jdbc.update("UPDATE budget SET reserved_usd = reserved_usd - :heldUsd, reserved_seconds ="
                        + " reserved_seconds - :heldSeconds, spent_usd = spent_usd + :usd, spent_seconds ="
                        + " spent_seconds + :seconds, released_usd = released_usd + :freedUsd, released_seconds ="
                        + " released_seconds + :freedSeconds, updated_at = :now WHERE id = :id", p);
            }
            return won == 1;
        }));
    }

    /** Keys ({@code batch/job}) of jobs that ended with money still reserved: a crash came between the two. */
    List<String> stale(String budgetId, List<String> terminalStates) {
        return jdbc.queryForList("SELECT r.batch_id, r.job_id FROM budget_reservation r JOIN job j"
                        + " ON j.batch_id = r.batch_id AND j.id = r.job_id WHERE r.budget_id = :id"
                        + " AND r.state = 'RESERVED' AND j.state IN (:terminal)",
                new MapSqlParameterSource("id", budgetId).addValue("terminal", terminalStates)).stream()
                .map(row -> row.get("batch_id") + "/" + row.get("job_id")).toList();
    }

    /** How many of the batch's jobs are HELD, and how many went ahead downgraded. */
    int[] heldAndDowngraded(String batchId) {
        MapSqlParameterSource p = new MapSqlParameterSource("batch", batchId);
        Integer held = jdbc.queryForObject("SELECT COUNT(*) FROM job WHERE batch_id = :batch AND state = 'HELD'", p,
                Integer.class);
        Integer downgraded = jdbc.queryForObject("SELECT COUNT(*) FROM job WHERE batch_id = :batch"
                + " AND budget_note IS NOT NULL", p, Integer.class);
        return new int[] {held == null ? 0 : held, downgraded == null ? 0 : downgraded};
    }

    private MapSqlParameterSource now() {
        return new MapSqlParameterSource("now", clock.instant().atOffset(ZoneOffset.UTC));
    }

    private static MapSqlParameterSource job(String batchId, String jobId) {
        return new MapSqlParameterSource("batch", batchId).addValue("job", jobId);
    }

    private static void ignoreDuplicate(Runnable insert) {
        try {
            insert.run();
        } catch (DuplicateKeyException e) {
            // made before (a resumed firing, a repeated API call): it stands as it is
        }
    }
}
