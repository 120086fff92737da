package com.videopipeline.enrich;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Brief expansion ({@code pipeline.enrichment.expansion}): a short brief turned into a shot description by an
 * OpenAI-compatible chat-completions endpoint before the preset's and brand's wording is put around it. Holds no
 * secret: the key is read from the environment variable named by {@code apiKeyEnv} when a call is made.
 *
 * @param enabled       whether a request that does not say {@code expand} is expanded; {@code expand: true/false}
 *                      in a request wins either way
 * @param baseUrl       the API root, {@code {baseUrl}/chat/completions} is called
 * @param model         the chat model asked
 * @param apiKeyEnv     the NAME of the environment variable holding the key
 * @param loopbackKey   not a secret: the key used when the variable is unset and the base URL is on loopback (the
 *                      built-in simulator); never sent anywhere else
 * @param timeout       for connecting and for the answer, per attempt
 * @param maxBriefChars only prompts shorter than this are briefs worth expanding; longer ones are sent as written
 * @param maxAttempts   attempts per brief when the endpoint fails with something passing (429, 5xx, timeouts)
 * @param retryDelay    before the second attempt, doubling after each
 * @param systemPrompt  what the model is told to do with the brief; part of the cache key
 */
@Validated
@ConfigurationProperties("pipeline.enrichment.expansion")
public record ExpansionProperties(
        @DefaultValue("false") boolean enabled,
        @NotNull URI baseUrl,
        @DefaultValue("gpt-4.1-mini") @NotBlank @Size(max = 200) String model,
        @DefaultValue("OPENAI_API_KEY") @NotBlank String apiKeyEnv,
        String loopbackKey,
        @DefaultValue("30s") @NotNull Duration timeout,
        @DefaultValue("200") @Min(1) @Max(32_000) int maxBriefChars,
        @DefaultValue("3") @Min(1) @Max(10) int maxAttempts,
        @DefaultValue("1s") @NotNull Duration retryDelay,
        @DefaultValue(DEFAULT_SYSTEM_PROMPT) @NotBlank String systemPrompt) {

    static final String DEFAULT_SYSTEM_PROMPT = "You write shot descriptions for a text-to-video model. Turn the "
            + "user's brief into one paragraph of at most 80 words describing a single shot: subject, setting, "
            + "framing, camera movement, lighting and mood. Keep every detail of the brief; add no text overlays, "
            + "logos or brand names it does not mention. Answer with the description only.";
}
