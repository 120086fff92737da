package com.videopipeline.webhook;

import com.videopipeline.EmbeddedPostgresServer;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The seen-deliveries record on a real PostgreSQL server (a repeat must surface as a duplicate key there too). */
class PostgresSeenWebhooksTest extends SeenWebhooksContract {

    @RegisterExtension
    static final EmbeddedPostgresServer POSTGRES = new EmbeddedPostgresServer();

    @Override
    DataSource dataSource() {
        return POSTGRES.dataSource();
    }
}
