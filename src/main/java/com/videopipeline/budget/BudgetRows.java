package com.videopipeline.budget;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Maps the rows of {@code budget} and {@code budget_reservation} to their records. */
final class BudgetRows {

    private BudgetRows() {
    }

    static BudgetState budget(ResultSet rs, int row) throws SQLException {
        return new BudgetState(rs.getString("id"), rs.getString("campaign"), rs.getBigDecimal("limit_usd"),
                rs.getBigDecimal("limit_seconds"), BudgetMode.valueOf(rs.getString("over_budget")),
                amount(rs, "reserved"), amount(rs, "spent"), amount(rs, "released"));
    }

    static Reservation reservation(ResultSet rs, int row) throws SQLException {
        return new Reservation(rs.getString("batch_id"), rs.getString("job_id"), rs.getString("budget_id"),
                rs.getString("state"), amount(rs, "reserved"), amount(rs, "spent"), rs.getInt("discarded_seen"));
    }

    static Amount amount(ResultSet rs, String prefix) throws SQLException {
        BigDecimal usd = rs.getBigDecimal(prefix + "_usd");
        return new Amount(usd, rs.getBigDecimal(prefix + "_seconds"));
    }
}
