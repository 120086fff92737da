package com.videopipeline.request;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** What a request gets when its line leaves seconds, size or fps out; set under {@code pipeline.request.defaults}. */
@ConfigurationProperties("pipeline.request.defaults")
@Validated
public record RequestDefaults(
        @DefaultValue("8") @Min(1) @Max(RequestMapper.MAX_SECONDS) int seconds,
        @DefaultValue("1280x720") @NotNull VideoSize size,
        @DefaultValue("24") @Min(1) @Max(RequestMapper.MAX_FPS) int fps) {
}
