package com.videopipeline;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** The application's own schema, built anew on a test's database by its Flyway migrations. */
public final class TestSchemas {

    private TestSchemas() {
    }

    /** Drops everything in the schema and migrates it again, so each test starts from a clean ledger. */
    public static void rebuild(DataSource dataSource) {
        Flyway flyway = Flyway.configure().dataSource(dataSource).cleanDisabled(false).load();
        flyway.clean();
        flyway.migrate();
    }
}
