package com.videopipeline.simulator;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the provider simulator, including the per-model API rules it enforces (kept as config because the
 * providers change their model lists often). Map keys with dots or underscores must be bracketed in YAML.
 *
 * @param openaiModels OpenAI model id to allowed {@code seconds} and {@code size}; empty means the built-in defaults
 * @param runwayModels Runway endpoint ({@code text_to_video}...) to model id to allowed ratios and durations;
 *                     empty means the built-in defaults
 * @param faults       fault injection ({@code simulator.faults.*}); none unless configured
 * @param webhooks     where signed webhooks go ({@code simulator.webhooks.*}); none unless configured
 * @param moderation   how the moderation API scores ({@code simulator.moderation.*}); built-in rules unless configured
 */
@ConfigurationProperties("simulator")
@Validated
public record SimulatorProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("127.0.0.1") @NotBlank String host,
        @DefaultValue("8091") @Min(0) @Max(65535) int port,
        @DefaultValue("16") @Min(1) @Max(256) int threads,
        @DefaultValue("3s") Duration generationTime,
        @DefaultValue("1s") Duration openaiPollAfter,
        @DefaultValue("1h") Duration outputTtl,
        @DefaultValue("0") @PositiveOrZero long paddingBytes,
        @DefaultValue("24") @Min(1) @Max(120) int fps,
        Map<String, OpenAiModel> openaiModels,
        Map<String, Map<String, RunwayModel>> runwayModels,
        FaultSettings faults,
        SimulatorWebhooks webhooks,
        SimulatorModeration moderation) {

    @ConstructorBinding
    public SimulatorProperties {
        requirePositive("generationTime", generationTime);
        requirePositive("openaiPollAfter", openaiPollAfter);
        requirePositive("outputTtl", outputTtl);
        openaiModels = openaiModels == null || openaiModels.isEmpty()
                ? DefaultApiRules.openAi() : Map.copyOf(openaiModels);
        runwayModels = runwayModels == null || runwayModels.isEmpty()
                ? DefaultApiRules.runway() : Map.copyOf(runwayModels);
        faults = faults == null ? FaultSettings.none() : faults;
        webhooks = webhooks == null ? SimulatorWebhooks.none() : webhooks;
        moderation = moderation == null ? SimulatorModeration.defaults() : moderation;
    }

    /** Without fault injection, for code that builds the settings itself. */
    public SimulatorProperties(boolean enabled, String host, int port, int threads, Duration generationTime,
                               Duration openaiPollAfter, Duration outputTtl, long paddingBytes, int fps,
                               Map<String, OpenAiModel> openaiModels,
                               Map<String, Map<String, RunwayModel>> runwayModels) {
        this(enabled, host, port, threads, generationTime, openaiPollAfter, outputTtl, paddingBytes, fps,
                openaiModels, runwayModels, FaultSettings.none(), SimulatorWebhooks.none(), null);
    }

    /** Without webhooks, for code that builds the settings itself. */
    public SimulatorProperties(boolean enabled, String host, int port, int threads, Duration generationTime,
                               Duration openaiPollAfter, Duration outputTtl, long paddingBytes, int fps,
                               Map<String, OpenAiModel> openaiModels,
                               Map<String, Map<String, RunwayModel>> runwayModels, FaultSettings faults) {
        this(enabled, host, port, threads, generationTime, openaiPollAfter, outputTtl, paddingBytes, fps,
                openaiModels, runwayModels, faults, SimulatorWebhooks.none(), null);
    }

    /** Allowed {@code seconds} and {@code size} values of one OpenAI video model. */
    public record OpenAiModel(List<Integer> seconds, List<String> sizes) {
        public OpenAiModel {
            seconds = seconds == null ? List.of() : List.copyOf(seconds);
            sizes = sizes == null ? List.of() : List.copyOf(sizes);
        }
    }

    /** Allowed ratios and durations of one Runway model on one endpoint; no durations means none may be sent. */
    public record RunwayModel(List<String> ratios, List<Integer> durations) {
        public RunwayModel {
            ratios = ratios == null ? List.of() : List.copyOf(ratios);
            durations = durations == null ? List.of() : List.copyOf(durations);
        }
    }

    /** The defaults, as bound with no YAML at all. */
    public static SimulatorProperties defaults() {
        return new SimulatorProperties(true, "127.0.0.1", 8091, 16, Duration.ofSeconds(3), Duration.ofSeconds(1),
                Duration.ofHours(1), 0, 24, Map.of(), Map.of());
    }

    public SimulatorProperties withPort(int newPort) {
        return new SimulatorProperties(enabled, host, newPort, threads, generationTime, openaiPollAfter, outputTtl,
                paddingBytes, fps, openaiModels, runwayModels, faults, webhooks, moderation);
    }

    public SimulatorProperties withGenerationTime(Duration newGenerationTime) {
        return new SimulatorProperties(enabled, host, port, threads, newGenerationTime, openaiPollAfter, outputTtl,
                paddingBytes, fps, openaiModels, runwayModels, faults, webhooks, moderation);
    }

    public SimulatorProperties withOutputTtl(Duration newOutputTtl) {
        return new SimulatorProperties(enabled, host, port, threads, generationTime, openaiPollAfter, newOutputTtl,
                paddingBytes, fps, openaiModels, runwayModels, faults, webhooks, moderation);
    }

    public SimulatorProperties withPaddingBytes(long newPaddingBytes) {
        return new SimulatorProperties(enabled, host, port, threads, generationTime, openaiPollAfter, outputTtl,
                newPaddingBytes, fps, openaiModels, runwayModels, faults, webhooks, moderation);
    }

    public SimulatorProperties withFaults(FaultSettings newFaults) {
        return new SimulatorProperties(enabled, host, port, threads, generationTime, openaiPollAfter, outputTtl,
                paddingBytes, fps, openaiModels, runwayModels, newFaults, webhooks, moderation);
    }

    public SimulatorProperties withWebhooks(SimulatorWebhooks newWebhooks) {
        return new SimulatorProperties(enabled, host, port, threads, generationTime, openaiPollAfter, outputTtl,
                paddingBytes, fps, openaiModels, runwayModels, faults, newWebhooks, moderation);
    }

    public SimulatorProperties withModeration(SimulatorModeration newModeration) {
        return new SimulatorProperties(enabled, host, port, threads, generationTime, openaiPollAfter, outputTtl,
                paddingBytes, fps, openaiModels, runwayModels, faults, webhooks, newModeration);
    }

    private static void requirePositive(String name, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("simulator." + name + " must be a positive duration, got " + value);
        }
    }
}
