package com.videopipeline.ingest;

import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The drop folder. The file consumer itself reads the same keys through placeholders in
 * {@code routes/ingest-folder.camel.yaml}; this record is what the Java side sees.
 *
 * @param inbox     watched folder, relative to the working directory
 * @param reportDir where ingest reports are written while a file is still being read
 * @param useCache  whether drop files may be served from the result cache (requests can still opt out)
 */
@Validated
@ConfigurationProperties("pipeline.ingest")
public record IngestProperties(
        @DefaultValue("inbox") @NotNull Path inbox,
        @DefaultValue("data/work/reports") @NotNull Path reportDir,
        @DefaultValue("true") boolean useCache) {
}
