package com.videopipeline.campaign;

import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Scheduled campaigns. The watch route reads {@code enabled} and {@code watch-interval} through placeholders in
 * {@code routes/watch-campaigns.camel.yaml}; this record is what the Java side sees.
 *
 * @param dir           folder of campaign files ({@code *.yaml}, {@code *.yml}), relative to the working directory
 * @param enabled       whether campaign files are read and scheduled at all
 * @param watchInterval how often the folder is checked for added, changed and removed files
 */
@Validated
@ConfigurationProperties("pipeline.campaigns")
public record CampaignProperties(
        @DefaultValue("config/campaigns") @NotNull Path dir,
        @DefaultValue("true") boolean enabled,
        @DefaultValue("5s") @NotNull Duration watchInterval) {
}
