package com.videopipeline.provider;

import com.videopipeline.request.VideoSize;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What one model accepts and what it costs. Limits live here, in config, because providers change them often.
 *
 * @param sizes          allowed {@code WxH} sizes for text and video input
 * @param imageSizes     allowed sizes when the input is an image, where they differ (Runway image_to_video);
 *                       empty means the same as {@code sizes}
 * @param features       optional request fields the model honours: {@code seed}, {@code negative-prompt}
 * @param pricePerSecond estimated USD per second of output
 * @param pricePerSecondBySize the price per second at sizes that cost more (or less) than {@code pricePerSecond},
 *                       e.g. {@code 1920x1080: 0.50}; a size not listed costs {@code pricePerSecond}
 * @param maxConcurrentJobs the account's concurrent generations for this model (Runway's tiers limit each model);
 *                       unset: only the provider's {@code max-concurrent-jobs} applies
 * @param maxPromptChars the longest prompt the model takes, in UTF-16 code units as Java and the providers count
 *                       (Runway: 1000); a longer one is routed elsewhere or refused at intake, never sent to fail
 *                       there; unset: no limit of ours
 */
public record ModelSettings(
        @NotEmpty List<@Positive Integer> seconds,
        @NotEmpty List<@Pattern(regexp = "\\d{2,5}x\\d{2,5}") String> sizes,
        @DefaultValue List<@Pattern(regexp = "\\d{2,5}x\\d{2,5}") String> imageSizes,
        @DefaultValue("24") List<@Positive Integer> fps,
        @NotEmpty List<@Pattern(regexp = "text|image|video") String> inputs,
        @DefaultValue List<@Pattern(regexp = "seed|negative-prompt") String> features,
        @NotNull @PositiveOrZero BigDecimal pricePerSecond,
        @DefaultValue Map<@Pattern(regexp = "\\d{2,5}x\\d{2,5}") String, @NotNull @PositiveOrZero BigDecimal>
                pricePerSecondBySize,
        @Positive Integer maxConcurrentJobs,
        @Positive Integer maxPromptChars) {

    public ModelSettings {
        seconds = copy(seconds);
        sizes = copy(sizes);
        imageSizes = copy(imageSizes);
        fps = fps == null || fps.isEmpty() ? List.of(24) : List.copyOf(fps);
        inputs = copy(inputs);
        features = copy(features);
        pricePerSecondBySize = pricePerSecondBySize == null ? Map.of() : Map.copyOf(pricePerSecondBySize);
    }

    /** Estimated USD per second of output at this frame size. */
    public BigDecimal pricePerSecond(VideoSize size) {
        return size == null ? pricePerSecond : pricePerSecondBySize.getOrDefault(size.toString(), pricePerSecond);
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
