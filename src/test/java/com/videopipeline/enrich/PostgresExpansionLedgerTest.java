package com.videopipeline.enrich;

import com.videopipeline.EmbeddedPostgresServer;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The expansion ledger on a real PostgreSQL server, started by the test as a child process (no Docker). */
class PostgresExpansionLedgerTest extends ExpansionLedgerContract {

    @RegisterExtension
    static final EmbeddedPostgresServer POSTGRES = new EmbeddedPostgresServer();

    @Override
    DataSource dataSource() {
        return POSTGRES.dataSource();
    }
}
