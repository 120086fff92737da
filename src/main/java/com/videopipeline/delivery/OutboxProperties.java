package com.videopipeline.delivery;

import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** Where finished videos go: {@code <dir>/<batch>/<id>.mp4} with a sidecar each and a manifest per batch. */
@Validated
@ConfigurationProperties("pipeline.outbox")
public record OutboxProperties(@DefaultValue("outbox") @NotNull Path dir) {
}
