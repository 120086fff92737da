package com.videopipeline.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ByteArrayResource;

/** Binding of {@code simulator.*}: the YAML handed to the lead binds as intended, and no YAML gives the defaults. */
class SimulatorPropertiesTest {

    /** Kept identical to the snippet in the report for config/application.yml. */
    static final String YAML = """
            simulator:
              enabled: true
              host: 127.0.0.1
              port: 8091
              threads: 16
              generation-time: 3s
              openai-poll-after: 1s
              output-ttl: 1h
              padding-bytes: 0
              fps: 24
              openai-models:
                "[sora-2]":
                  seconds: [4, 8, 12]
                  sizes: [1280x720, 720x1280]
                "[sora-2-pro]":
                  seconds: [4, 8, 12, 16, 20]
                  sizes: [1280x720, 720x1280, 1024x1792, 1792x1024, 1920x1080, 1080x1920]
              runway-models:
                "[text_to_video]":
                  "[gen4.5]":      {ratios: ["1280:720", "720:1280"], durations: [2, 3, 4, 5, 6, 7, 8, 9, 10]}
                  "[veo3.1]":      {ratios: ["1280:720", "720:1280", "1080:1920", "1920:1080"], durations: [4, 6, 8]}
                  "[veo3.1_fast]": {ratios: ["1280:720", "720:1280", "1080:1920", "1920:1080"], durations: [4, 6, 8]}
                  "[veo3]":        {ratios: ["1280:720", "720:1280", "1080:1920", "1920:1080"], durations: [8]}
                "[image_to_video]":
                  "[gen4_turbo]":  {ratios: ["1280:720", "720:1280", "1104:832", "832:1104", "960:960", "1584:672"], durations: [2, 3, 4, 5, 6, 7, 8, 9, 10]}
                  "[gen4.5]":      {ratios: ["1280:720", "720:1280", "1104:832", "832:1104", "960:960", "1584:672"], durations: [2, 3, 4, 5, 6, 7, 8, 9, 10]}
                  "[veo3.1]":      {ratios: ["1280:720", "720:1280", "1080:1920", "1920:1080"], durations: [4, 6, 8]}
                  "[veo3.1_fast]": {ratios: ["1280:720", "720:1280", "1080:1920", "1920:1080"], durations: [4, 6, 8]}
                  "[veo3]":        {ratios: ["1280:720", "720:1280", "1080:1920", "1920:1080"], durations: [8]}
                "[video_to_video]":
                  "[aleph2]":      {ratios: ["1280:720", "720:1280", "1104:832", "832:1104", "960:960", "1584:672"], durations: []}
              # fault injection for resilience tests: all off. Probabilities 0..1; limits 0 = none.
              # Also readable and replaceable at run time: GET/PUT /simulator/faults (same names, JSON).
              faults:
                # seed: 42                        # unset: a random seed, shown by GET /simulator/faults
                openai:
                  http:
                    rate-limit: 0                 # 429 with retry-after and retry-after-ms
                    rate-limit-no-retry-after: 0  # 429 without retry headers
                    retry-after: 2s
                    server-error: 0               # 500
                    bad-gateway: 0                # 502
                    unavailable: 0                # 503
                    slow: 0                       # answer slow-delay late
                    slow-delay: 2s
                    timeout: 0                    # served, answer withheld for timeout-delay, connection dropped
                    timeout-delay: 65s
                    malformed-json: 0             # 200 JSON cut in half
                  jobs:
                    failed: {}                    # code: probability, e.g. {moderation_blocked: 0.05}
                    never-finish: 0
                    corrupt-download: 0
                    truncated-download: 0         # per download
                    early-expiry: 0               # output expires early-expiry-ttl after completion
                    early-expiry-ttl: 2s
                  limits:
                    max-concurrent-per-model: 0   # over it: 429 on create
                    requests-per-minute: 0        # over it: 429 with retry-after
                    daily-quota: 0                # creates per rolling 24 h, all models; then insufficient_quota
                runway:
                  http:
                    rate-limit: 0                 # 429 with Retry-After
                    rate-limit-no-retry-after: 0
                    retry-after: 2s
                    server-error: 0
                    bad-gateway: 0
                    unavailable: 0
                    slow: 0
                    slow-delay: 2s
                    timeout: 0
                    timeout-delay: 65s
                    malformed-json: 0
                  jobs:
                    failed: {}                    # e.g. {"[SAFETY.INPUT.TEXT]": 0.05} (brackets keep the dots)
                    never-finish: 0
                    corrupt-download: 0
                    truncated-download: 0
                    early-expiry: 0               # signed output URLs valid for early-expiry-ttl only
                    early-expiry-ttl: 2s
                  limits:
                    max-concurrent-per-model: 0   # over it: the task waits THROTTLED
                    requests-per-minute: 0        # Runway documents none; signed output downloads never count
                    daily-quota: 0                # creates per rolling 24 h per model; over it: daily-limit 429
            """;

    @Test
    void shouldBindYamlSnippetToExactlyTheBuiltInDefaults() throws IOException {
        SimulatorProperties bound = bind(YAML);

        assertThat(bound).isEqualTo(SimulatorProperties.defaults());
        assertThat(bound.faults()).isEqualTo(FaultSettings.none());
        assertThat(bound.faults().active()).isFalse();
        assertThat(bound.runwayModels().get("text_to_video")).containsKeys("gen4.5", "veo3.1_fast");
        assertThat(bound.runwayModels().get("video_to_video").get("aleph2").durations()).isEmpty();
    }

    @Test
    void shouldUseDefaultsWhenNothingIsConfigured() throws IOException {
        SimulatorProperties bound = bind("other: 1\n");

        assertThat(bound.enabled()).isTrue();
        assertThat(bound.port()).isEqualTo(8091);
        assertThat(bound.generationTime()).isEqualTo(Duration.ofSeconds(3));
        assertThat(bound.openaiModels().get("sora-2").sizes()).containsExactly("1280x720", "720x1280");
        assertThat(bound.runwayModels().get("image_to_video")).containsKey("gen4_turbo");
        assertThat(bound.runwayModels().get("text_to_video")).doesNotContainKey("gen4_turbo");
    }

    @Test
    void shouldReplaceDefaultRulesWhenAMapIsConfigured() throws IOException {
        SimulatorProperties bound = bind("""
                simulator:
                  openai-models:
                    "[sora-2]": {seconds: [4], sizes: [1280x720]}
                """);

        assertThat(bound.openaiModels()).containsOnlyKeys("sora-2");
        assertThat(bound.openaiModels().get("sora-2").seconds()).isEqualTo(List.of(4));
    }

    @Test
    void shouldBindFaultsWithBracketedFailureCodesAndKeepUnsetOnesOff() throws IOException {
        SimulatorProperties bound = bind("""
                simulator:
                  faults:
                    seed: 42
                    runway:
                      jobs:
                        failed: {"[SAFETY.INPUT.TEXT]": 0.25, "[INTERNAL]": 0.5}
                      limits:
                        max-concurrent-per-model: 2
                    openai:
                      http:
                        server-error: 0.1
                        timeout-delay: 70s
                """);

        FaultSettings faults = bound.faults();
        assertThat(faults.seed()).isEqualTo(42L);
        assertThat(faults.runway().jobs().failed()).containsExactly(entry("INTERNAL", 0.5),
                entry("SAFETY.INPUT.TEXT", 0.25));
        assertThat(faults.runway().limits()).isEqualTo(new FaultLimits(2, 0, 0));
        assertThat(faults.runway().http()).isEqualTo(HttpFaults.none());
        assertThat(faults.openai().http().serverError()).isEqualTo(0.1);
        assertThat(faults.openai().http().timeoutDelay()).isEqualTo(Duration.ofSeconds(70));
        assertThat(faults.openai().http().retryAfter()).isEqualTo(Duration.ofSeconds(2));
        assertThat(faults.openai().jobs()).isEqualTo(JobFaults.none());
    }

    @Test
    void shouldBindTheCallsHttpFaultsAreAimedAtAndAimThemAtAllCallsWhenUnset() throws IOException {
        SimulatorProperties bound = bind("""
                simulator:
                  faults:
                    openai:
                      http:
                        malformed-json: 0.2
                        calls: Status
                    runway:
                      http:
                        timeout: 1
                        calls: [create, download]
                """);

        HttpFaults openai = bound.faults().openai().http();
        HttpFaults runway = bound.faults().runway().http();
        assertThat(openai.calls()).containsExactly("status");
        assertThat(openai.strikes(ApiCall.STATUS)).isTrue();
        assertThat(openai.strikes(ApiCall.CREATE)).isFalse();
        assertThat(runway.calls()).containsExactly("create", "download");
        assertThat(runway.strikes(ApiCall.STATUS)).isFalse();
        assertThat(HttpFaults.none().calls()).isEmpty();
        assertThat(HttpFaults.none().strikes(ApiCall.CREATE)).as("unaimed faults strike every call").isTrue();
        assertThat(HttpFaults.none().strikes(ApiCall.OTHER)).as("listing is never faulted").isFalse();
    }

    @Test
    void shouldRefuseToAimFaultsAtACallThatTakesNone() {
        assertThatThrownBy(() -> bind("simulator.faults.runway.http.calls: cancel\n"))
                .isInstanceOf(BindException.class)
                .hasRootCauseMessage("calls: unknown call 'cancel'; expected create, status or download");
    }

    @Test
    void shouldRefuseToBindAProbabilityAboveOne() {
        assertThatThrownBy(() -> bind("simulator.faults.openai.http.rate-limit: 1.5\n"))
                .isInstanceOf(BindException.class)
                .hasRootCauseMessage("rate-limit must be a probability between 0 and 1, got 1.5");
    }

    private static SimulatorProperties bind(String yaml) throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        new YamlPropertySourceLoader().load("test", new ByteArrayResource(yaml.getBytes(StandardCharsets.UTF_8)))
                .forEach(environment.getPropertySources()::addFirst);
        return new Binder(ConfigurationPropertySources.get(environment))
                .bindOrCreate("simulator", SimulatorProperties.class);
    }
}
