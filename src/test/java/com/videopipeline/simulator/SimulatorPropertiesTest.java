package com.videopipeline.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
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
            """;

    @Test
    void shouldBindYamlSnippetToExactlyTheBuiltInDefaults() throws IOException {
        SimulatorProperties bound = bind(YAML);

        assertThat(bound).isEqualTo(SimulatorProperties.defaults());
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

    private static SimulatorProperties bind(String yaml) throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        new YamlPropertySourceLoader().load("test", new ByteArrayResource(yaml.getBytes(StandardCharsets.UTF_8)))
                .forEach(environment.getPropertySources()::addFirst);
        return new Binder(ConfigurationPropertySources.get(environment))
                .bindOrCreate("simulator", SimulatorProperties.class);
    }
}
