package com.videopipeline.budget;

import com.videopipeline.EmbeddedPostgresServer;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The budget ledger's contract on a real PostgreSQL server, started by the test as a child process. */
class PostgresBudgetLedgerTest extends BudgetLedgerContract {

    @RegisterExtension
    static final EmbeddedPostgresServer POSTGRES = new EmbeddedPostgresServer();

    @Override
    DataSource dataSource() {
        return POSTGRES.dataSource();
    }
}
