package com.videopipeline.targets;

import com.videopipeline.EmbeddedPostgresServer;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The targets' ledger contract on a real PostgreSQL server, started by the test as a child process (no Docker). */
class PostgresTargetLedgerTest extends TargetLedgerContract {

    @RegisterExtension
    static final EmbeddedPostgresServer POSTGRES = new EmbeddedPostgresServer();

    @Override
    DataSource dataSource() {
        return POSTGRES.dataSource();
    }
}
