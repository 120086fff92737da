package com.videopipeline;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The drop-folder scenario with the default ledger, an embedded H2 file database. */
@SpringBootTest
class H2DropFolderEndToEndTest extends DropFolderScenario {

    @TempDir
    static Path root;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        PipelineTestSupport.register(registry, root);
    }

    @Override
    Path workDir() {
        return root;
    }
}
