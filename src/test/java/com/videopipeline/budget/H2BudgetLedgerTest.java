package com.videopipeline.budget;

import javax.sql.DataSource;

/** The budget ledger's contract on H2, the embedded default. */
class H2BudgetLedgerTest extends BudgetLedgerContract {

    private final DataSource dataSource = TestBudgets.h2();

    @Override
    DataSource dataSource() {
        return dataSource;
    }
}
