package com.videopipeline.enrich;

import com.videopipeline.request.VideoSize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Named style presets and brand guides ({@code pipeline.enrichment}): text put around an entry's prompt, a negative
 * prompt, and a preset's defaults for what the entry leaves out.
 */
@Validated
@ConfigurationProperties("pipeline.enrichment")
public record StyleProperties(Map<String, @Valid Preset> presets, Map<String, @Valid Brand> brands) {

    public StyleProperties {
        presets = presets == null ? Map.of() : Map.copyOf(presets);
        brands = brands == null ? Map.of() : Map.copyOf(brands);
    }

    /**
     * A look: {@code prefix} and {@code suffix} around the prompt, a {@code negativePrompt} for models that take
     * one, and the model, size and length used when the entry does not say.
     */
    public record Preset(String prefix, String suffix, String negativePrompt, String provider, String model,
                         VideoSize size, @Min(1) @Max(120) Integer seconds) {
    }

    /** A brand's guide: wording every prompt of the brand carries, and what its videos must never show. */
    public record Brand(String prefix, String suffix, String negativePrompt) {
    }
}
