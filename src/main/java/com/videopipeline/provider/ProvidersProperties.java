package com.videopipeline.provider;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Every configured video provider, keyed by the name used in requests, routing and the ledger.
 * Model names containing dots or underscores must be written as {@code "[gen4.5]"} in YAML, or Spring drops those characters.
 */
@Validated
@ConfigurationProperties("pipeline")
public record ProvidersProperties(@NotEmpty Map<String, @Valid ProviderSettings> providers) {

    public ProvidersProperties {
        providers = providers == null ? Map.of() : providers;
    }
}
