package com.videopipeline.provider;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How requests without an explicit model are routed: rules in order, then the default provider, then the cheapest model.
 *
 * @param fallbackOnVerificationFailure a video that fails verification (wrong duration or size) is generated again
 *                                      at another capable provider, if the request named none; off by default
 *                                      because the bad video is already paid for, so this pays a second time
 */
@Validated
@ConfigurationProperties("pipeline.routing")
public record RoutingProperties(
        String defaultProvider,
        Map<String, String> defaultModels,
        List<@Valid RoutingRule> rules,
        boolean fallbackOnVerificationFailure) {

    public RoutingProperties {
        defaultModels = defaultModels == null ? Map.of() : Map.copyOf(defaultModels);
        rules = rules == null ? List.of() : List.copyOf(rules);
    }

    /**
     * Sends matching requests to {@code provider}; a null condition matches everything.
     *
     * @param input      text, image or video
     * @param minSeconds matches requests at least this long
     */
    public record RoutingRule(
            @Pattern(regexp = "text|image|video") String input,
            @Positive Integer minSeconds,
            @NotBlank String provider) {

        boolean matches(String inputKind, int seconds) {
            return (input == null || input.equals(inputKind)) && (minSeconds == null || seconds >= minSeconds);
        }
    }
}
