package com.videopipeline.provider;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * One provider entry. Holds the NAME of the key's environment variable, never the key, because a record's
 * toString prints every component.
 *
 * @param type              which client speaks to it: {@code openai-videos} (OpenAI or a compatible gateway) or {@code runway}
 * @param loopbackKey       a non-secret key used only when the env var is unset and baseUrl is a loopback address (the simulator)
 * @param pollInterval      the minimum interval between status polls of one job
 * @param downloadHosts     hosts downloads may come from besides the base URL's: exact names and {@code *.example.com}
 *                          patterns (any depth of subdomain, not the bare domain); empty means the base URL's host only
 * @param downloadPrivateAddresses whether downloads may reach loopback, private, link-local, CGNAT and similar addresses,
 *                          and use plain http; true only for the local simulator
 * @param maxImageDataUri   largest local image sent inline as a data URI (Runway: 5 MB)
 * @param maxVideoDataUri   largest local video sent inline as a data URI (Runway: 16 MB)
 * @param maxConcurrentJobs the account's concurrent generations over all of this provider's models
 * @param finishPollInterval the interval between status polls once a job is due to finish (the pipeline learns
 *                          how long each model takes); unset: {@code pollInterval}. Runway updates a task at most
 *                          every 5 s, so polling it faster gains nothing
 */
public record ProviderSettings(
        @DefaultValue("true") boolean enabled,
        @NotBlank @Pattern(regexp = "openai-videos|runway") String type,
        @NotNull URI baseUrl,
        @NotBlank String apiKeyEnv,
        String loopbackKey,
        String apiVersion,
        @DefaultValue("10s") @NotNull Duration pollInterval,
        @DefaultValue("10s") @NotNull Duration connectTimeout,
        @DefaultValue("60s") @NotNull Duration requestTimeout,
        @DefaultValue("5m") @NotNull Duration downloadTimeout,
        @DefaultValue("512MB") @NotNull DataSize maxDownloadBytes,
        @DefaultValue List<@NotBlank String> downloadHosts,
        @DefaultValue("false") boolean downloadPrivateAddresses,
        @DefaultValue("5MB") @NotNull DataSize maxImageDataUri,
        @DefaultValue("16MB") @NotNull DataSize maxVideoDataUri,
        @DefaultValue("1") @Positive int maxConcurrentJobs,
        Duration finishPollInterval,
        @NotEmpty Map<String, @Valid ModelSettings> models) {

    public ProviderSettings {
        models = models == null ? Map.of() : models;
        downloadHosts = downloadHosts == null ? List.of() : List.copyOf(downloadHosts);
    }
}
