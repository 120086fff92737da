package com.videopipeline.provider;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What one model accepts and what it costs. Limits live here, in config, because providers change them often.
 *
 * @param sizes          allowed {@code WxH} sizes for text and video input
 * @param imageSizes     allowed sizes when the input is an image, where they differ (Runway image_to_video);
 *                       empty means the same as {@code sizes}
 * @param features       optional request fields the model honours: {@code seed}, {@code negative-prompt}
 * @param pricePerSecond estimated USD per second of output
 * @param maxConcurrentJobs the account's concurrent generations for this model (Runway's tiers limit each model);
 *                       unset: only the provider's {@code max-concurrent-jobs} applies
 */
public record ModelSettings(
        @NotEmpty List<@Positive Integer> seconds,
        @NotEmpty List<@Pattern(regexp = "\\d{2,5}x\\d{2,5}") String> sizes,
        @DefaultValue List<@Pattern(regexp = "\\d{2,5}x\\d{2,5}") String> imageSizes,
        @DefaultValue("24") List<@Positive Integer> fps,
        @NotEmpty List<@Pattern(regexp = "text|image|video") String> inputs,
        @DefaultValue List<@Pattern(regexp = "seed|negative-prompt") String> features,
        @NotNull @PositiveOrZero BigDecimal pricePerSecond,
        @Positive Integer maxConcurrentJobs) {

    public ModelSettings {
        seconds = copy(seconds);
        sizes = copy(sizes);
        imageSizes = copy(imageSizes);
        fps = fps == null || fps.isEmpty() ? List.of(24) : List.copyOf(fps);
        inputs = copy(inputs);
        features = copy(features);
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
