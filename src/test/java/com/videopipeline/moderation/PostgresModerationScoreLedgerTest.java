package com.videopipeline.moderation;

import com.videopipeline.EmbeddedPostgresServer;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The moderation score ledger on a real PostgreSQL server, started by the test as a child process (no Docker). */
class PostgresModerationScoreLedgerTest extends ModerationScoreLedgerContract {

    @RegisterExtension
    static final EmbeddedPostgresServer POSTGRES = new EmbeddedPostgresServer();

    @Override
    DataSource dataSource() {
        return POSTGRES.dataSource();
    }
}
