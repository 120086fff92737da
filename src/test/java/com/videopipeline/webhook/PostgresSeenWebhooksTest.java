package com.videopipeline.webhook;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The seen-deliveries record on a real PostgreSQL server (a repeat must surface as a duplicate key there too). */
class PostgresSeenWebhooksTest extends SeenWebhooksContract {

    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void startPostgres() {
        try {
            postgres = EmbeddedPostgres.start();
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start", e);
        }
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        postgres.close();
    }

    @Override
    DataSource dataSource() {
        return postgres.getPostgresDatabase();
    }
}
