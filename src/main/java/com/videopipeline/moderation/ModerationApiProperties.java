package com.videopipeline.moderation;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The moderation API link of the chain ({@code pipeline.moderation.api}): OpenAI's {@code POST /moderations}.
 * A category whose score reaches its threshold refuses the prompt; the API's own {@code flagged} verdict counts too
 * only with {@code refuseFlagged}. Holds no secret: the key is read from the variable named by {@code apiKeyEnv}.
 *
 * @param enabled          off: only the local policy checks prompts
 * @param baseUrl          the API root; {@code {baseUrl}/moderations} is called
 * @param model            {@code omni-moderation-latest} (text and images)
 * @param apiKeyEnv        the NAME of the environment variable holding the key
 * @param loopbackKey      not a secret: the key used when the variable is unset and the base URL is on loopback (the
 *                         built-in simulator); never sent anywhere else
 * @param includeImages    whether an image-to-video request's input image is sent too (to OpenAI, whichever
 *                         provider makes the video)
 * @param maxImageBytes    a local image larger than this cannot be checked, so its request is refused
 * @param defaultThreshold the score at or above which a category refuses, unless {@code thresholds} names it
 * @param thresholds       per category (OpenAI's names, e.g. {@code sexual/minors}), from 0 to 1
 * @param refuseFlagged    also refuse what the API flags although no score reached our threshold
 * @param timeout          for connecting and for the answer, per attempt
 * @param maxAttempts      attempts when the API fails with something passing (429, 5xx, timeouts, refused connects)
 * @param retryDelay       before the second attempt, doubling after each
 * @param cacheFor         scores younger than this are used again without asking the API (text-only checks);
 *                         0: no cache at all, every check asks the API and nothing is kept
 * @param staleFor         while the API cannot answer, scores younger than this are used still; 0: never (else at
 *                         least {@code cacheFor})
 */
@Validated
@ConfigurationProperties("pipeline.moderation.api")
public record ModerationApiProperties(
        @DefaultValue("true") boolean enabled,
        @NotNull URI baseUrl,
        @DefaultValue("omni-moderation-latest") @NotBlank String model,
        @DefaultValue("OPENAI_API_KEY") @NotBlank String apiKeyEnv,
        String loopbackKey,
        @DefaultValue("false") boolean includeImages,
        @DefaultValue("20MB") @NotNull DataSize maxImageBytes,
        @DefaultValue("0.5") @DecimalMin("0.0") @DecimalMax("1.0") double defaultThreshold,
        Map<String, Double> thresholds,
        @DefaultValue("false") boolean refuseFlagged,
        @DefaultValue("10s") @NotNull Duration timeout,
        @DefaultValue("3") @Min(1) @Max(10) int maxAttempts,
        @DefaultValue("500ms") @NotNull Duration retryDelay,
        @DefaultValue("7d") @NotNull Duration cacheFor,
        @DefaultValue("30d") @NotNull Duration staleFor) {

    public ModerationApiProperties {
        thresholds = thresholds == null ? Map.of() : Map.copyOf(new TreeMap<>(thresholds));
        thresholds.forEach(ModerationApiProperties::checkThreshold);
        checkCache(cacheFor, staleFor);
    }

    /** Whether scores are kept and used again at all. */
    boolean caches() {
        return !cacheFor.isZero();
    }

    /** The threshold of a category: its own, else the default. */
    double threshold(String category) {
        return thresholds.getOrDefault(category, defaultThreshold);
    }

    private static void checkCache(Duration cacheFor, Duration staleFor) {
        if (cacheFor == null || staleFor == null) {
            return; // @NotNull names the missing one
        }
        if (cacheFor.isNegative() || staleFor.isNegative()) {
            throw new IllegalArgumentException("pipeline.moderation.api." + (cacheFor.isNegative() ? "cache-for"
                    : "stale-for") + " must not be negative, got " + (cacheFor.isNegative() ? cacheFor : staleFor));
        }
        if (!staleFor.isZero() && staleFor.compareTo(cacheFor) < 0) {
            throw new IllegalArgumentException("pipeline.moderation.api.stale-for (" + staleFor + ") must be 0 (never"
                    + " use stale scores) or at least cache-for (" + cacheFor + ")");
        }
    }

    private static void checkThreshold(String category, Double value) {
        String where = "pipeline.moderation.api.thresholds." + category;
        if (!ModerationCategories.NAMES.contains(category)) {
            throw new IllegalArgumentException(where + ": unknown category" + ModerationCategories.suggest(category)
                    + "; the categories are " + ModerationCategories.NAMES
                    + " (names with a slash need brackets in YAML: \"[sexual/minors]\": 0.01)");
        }
        if (value == null || value < 0 || value > 1) {
            throw new IllegalArgumentException(where + " must be between 0 and 1, got " + value);
        }
    }
}
