package com.videopipeline.job;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the job stages work: how many jobs each stage takes per tick, when to stop retrying, and how strict the
 * check of a downloaded video is.
 *
 * @param workDir           downloads land here before verification; same disk as the outbox keeps delivery a rename
 * @param durationTolerance how far a video's duration may be from the requested seconds
 * @param maxSubmitAttempts generations per job: a generation the provider failed with a retryable code is made again
 * @param maxTransientFailures consecutive 429s, 5xx and timeouts tolerated in any stage before the job fails
 * @param maxFetchAttempts  downloads of a job that arrived truncated or unusable
 * @param deadline          a job not finished this long after it was accepted fails instead of waiting on
 */
@Validated
@ConfigurationProperties("pipeline.jobs")
public record JobsProperties(
        @DefaultValue("data/work") @NotNull Path workDir,
        @DefaultValue("8") @Min(1) int submitBatch,
        @DefaultValue("64") @Min(1) int pollBatch,
        @DefaultValue("4") @Min(1) int fetchBatch,
        @DefaultValue("3") @Min(1) int maxSubmitAttempts,
        @DefaultValue("10") @Min(1) int maxTransientFailures,
        @DefaultValue("3") @Min(1) int maxFetchAttempts,
        @DefaultValue("2s") @NotNull Duration retryDelay,
        @DefaultValue("500ms") @NotNull Duration durationTolerance,
        @DefaultValue("6h") @NotNull Duration deadline) {
}
