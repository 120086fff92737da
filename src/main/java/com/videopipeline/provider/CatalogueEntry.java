package com.videopipeline.provider;

import com.videopipeline.request.VideoSize;
import java.math.BigDecimal;
import java.util.List;

/** One model of one provider with its sizes parsed once, so every capability check compares typed values. */
record CatalogueEntry(String provider, String model, ModelSettings settings,
                      List<VideoSize> sizes, List<VideoSize> imageSizes) {

    static CatalogueEntry of(String provider, String model, ModelSettings settings) {
        return new CatalogueEntry(provider, model, settings,
                settings.sizes().stream().map(VideoSize::parse).toList(),
                settings.imageSizes().stream().map(VideoSize::parse).toList());
    }

    boolean accepts(String inputKind) {
        return settings.inputs().contains(inputKind);
    }

    boolean has(String feature) {
        return settings.features().contains(feature);
    }

    /** Image input may allow a different set of sizes (Runway image_to_video); otherwise the common list applies. */
    List<VideoSize> sizesFor(String inputKind) {
        return "image".equals(inputKind) && !imageSizes.isEmpty() ? imageSizes : sizes;
    }

    boolean usesImageSizes(String inputKind) {
        return "image".equals(inputKind) && !imageSizes.isEmpty();
    }

    /** Estimated USD for {@code seconds} of output at {@code size} (the model's price for that size). */
    BigDecimal cost(int seconds, VideoSize size) {
        return settings.pricePerSecond(size).multiply(BigDecimal.valueOf(seconds));
    }
}
