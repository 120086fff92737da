package com.videopipeline.s3;

import com.videopipeline.targets.TargetSwitch;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Delivery to S3 or an S3-compatible store, beside the outbox. Credentials never appear here: the AWS default chain
 * (environment, system properties, profile, container or instance role) supplies them.
 *
 * @param destination   {@code s3://bucket/prefix} for every batch without an override
 * @param byOrigin      destination per batch origin (folder, queue, api, campaign)
 * @param byCampaign    destination per campaign name; wins over {@code byOrigin}
 * @param keyTemplate   a video's key below the prefix; the sidecar takes the same key with {@code .json}
 * @param batchKeyTemplate a batch file's key (manifest, reports) below the prefix; {@code {file}} is its name
 * @param endpoint      endpoint override for S3-compatible stores (MinIO, Ceph); absent: AWS
 * @param pathStyle     {@code http://host/bucket/key} rather than {@code http://bucket.host/key}
 * @param partSize      files this big or bigger go as a multipart upload in parts of this size (S3: at least 5 MiB)
 * @param maxAttempts   attempts per item before its target is recorded FAILED
 * @param retryDelay    delay before the second attempt; doubled for each one after
 */
@Validated
@ConfigurationProperties("pipeline.delivery.s3")
public record S3Properties(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("s3://videos") @NotBlank @Pattern(regexp = S3Destination.PATTERN) String destination,
        @DefaultValue Map<String, @Pattern(regexp = S3Destination.PATTERN) String> byOrigin,
        @DefaultValue Map<String, @Pattern(regexp = S3Destination.PATTERN) String> byCampaign,
        @DefaultValue("{campaign}/{date}/{batch}/{id}.mp4") @NotBlank @Pattern(regexp = ".*\\{id}.*\\.mp4")
        String keyTemplate,
        @DefaultValue("{campaign}/{date}/{batch}/{file}") @NotBlank @Pattern(regexp = ".*\\{file}.*")
        String batchKeyTemplate,
        @DefaultValue("us-east-1") @NotBlank String region,
        URI endpoint,
        @DefaultValue("false") boolean pathStyle,
        @DefaultValue("16MB") @NotNull DataSize partSize,
        @DefaultValue("8") @Min(1) @Max(100) int maxAttempts,
        @DefaultValue("10s") @NotNull Duration retryDelay,
        @DefaultValue("1000") @Min(10) long tickMillis,
        @DefaultValue("8") @Min(1) int claimBatch) implements TargetSwitch {

    /** S3 refuses parts under 5 MiB (all but the last); smaller settings would fail only at the first big file. */
    static final long MIN_PART_BYTES = 5L * 1024 * 1024;

    public S3Properties {
        if (partSize != null && partSize.toBytes() < MIN_PART_BYTES) {
            throw new IllegalArgumentException("pipeline.delivery.s3.part-size must be at least 5MB, got " + partSize);
        }
    }

    @Override
    public String target() {
        return "s3";
    }

    /** The destination of a batch: its campaign's override, else its origin's, else the default. */
    S3Destination destinationFor(String origin, String campaign) {
        String chosen = campaign == null ? null : byCampaign.get(campaign);
        if (chosen == null && origin != null) {
            chosen = byOrigin.get(origin);
        }
        return S3Destination.parse(chosen == null ? destination : chosen);
    }
}
