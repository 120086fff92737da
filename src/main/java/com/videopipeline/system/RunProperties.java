package com.videopipeline.system;

import jakarta.validation.constraints.Min;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How a run starts and ends. A service runs until stopped; the "main job" ({@code demo} profile) copies the
 * sample prompt files into the inbox and exits once they are all processed.
 *
 * @param seedFrom    folder whose files are copied into the inbox at start (null: none)
 * @param exitWhenIdle stop the application once the inbox is empty and every batch is complete
 * @param idleChecks  consecutive idle checks (one a second) before exiting, so a file still being copied is seen
 */
@Validated
@ConfigurationProperties("pipeline.run")
public record RunProperties(
        Path seedFrom,
        @DefaultValue("false") boolean exitWhenIdle,
        @DefaultValue("3") @Min(1) int idleChecks) {
}
