package com.videopipeline.provider;

import jakarta.validation.Validation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.validation.ValidationBindHandler;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * The provider and routing YAML proposed for config/application.yml, bound exactly as Spring Boot binds it, with
 * optional property overrides on top, wired into the package's beans without a Spring context.
 */
final class ProviderConfigFixture {

    static final String YAML = """
            simulator:
              port: 8091
            pipeline:
              providers:
                sora:
                  # OpenAI Videos API; OpenAI announced its shutdown for 2026-09-24: set enabled: false then
                  enabled: true
                  type: openai-videos
                  base-url: http://127.0.0.1:${simulator.port}/openai/v1   # real: https://api.openai.com/v1
                  api-key-env: OPENAI_API_KEY
                  loopback-key: sk-local-simulator       # not a secret: accepted only by the local simulator
                  poll-interval: 10s
                  connect-timeout: 10s
                  request-timeout: 60s
                  download-timeout: 5m
                  max-download-bytes: 512MB
                  # downloads come from base-url's host only (add others in download-hosts); the simulator is on
                  # loopback, which only this flag permits (false, the default, in the live profile)
                  download-private-addresses: true
                  max-concurrent-jobs: 2
                  models:
                    # price-per-second: USD estimates, not a price list
                    sora-2:
                      seconds: [4, 8, 12]
                      sizes: [1280x720, 720x1280]
                      inputs: [text, image]
                      price-per-second: 0.10
                    sora-2-pro:
                      seconds: [4, 8, 12, 16, 20]
                      sizes: [1280x720, 720x1280, 1024x1792, 1792x1024, 1920x1080, 1080x1920]
                      inputs: [text, image]
                      price-per-second: 0.30
                runway:
                  enabled: true
                  type: runway
                  base-url: http://127.0.0.1:${simulator.port}/runway      # real: https://api.dev.runwayml.com
                  api-key-env: RUNWAYML_API_SECRET
                  loopback-key: key_local_simulator      # not a secret: accepted only by the local simulator
                  api-version: "2024-11-06"
                  poll-interval: 6s                      # Runway updates tasks at most every 5 s
                  connect-timeout: 10s
                  request-timeout: 60s
                  download-timeout: 5m
                  max-download-bytes: 512MB
                  # signed output URLs; live: download-hosts: [dnznrvs05pmza.cloudfront.net], private addresses false
                  download-private-addresses: true
                  max-image-data-uri: 5MB
                  max-video-data-uri: 16MB
                  max-concurrent-jobs: 1                 # tier 1: 1-2 concurrent generations per model
                  models:
                    # names with dots or underscores need [brackets] or Spring drops those characters
                    # price-per-second: USD estimates at 1 credit = $0.01
                    "[gen4.5]":
                      seconds: [2, 3, 4, 5, 6, 7, 8, 9, 10]
                      sizes: [1280x720, 720x1280]
                      image-sizes: [1280x720, 720x1280, 1104x832, 832x1104, 960x960, 1584x672]
                      inputs: [text, image]
                      features: [seed]
                      price-per-second: 0.12
                      max-prompt-chars: 1000
                    "[gen4_turbo]":
                      seconds: [2, 3, 4, 5, 6, 7, 8, 9, 10]
                      sizes: [1280x720, 720x1280, 1104x832, 832x1104, 960x960, 1584x672]
                      inputs: [image]
                      features: [seed]
                      price-per-second: 0.05
                      max-prompt-chars: 1000
                    "[veo3.1]":
                      seconds: [4, 6, 8]
                      sizes: [1280x720, 720x1280, 1080x1920, 1920x1080]
                      inputs: [text, image]
                      features: [negative-prompt]
                      price-per-second: 0.40
                      max-prompt-chars: 1000
                    "[veo3.1_fast]":
                      seconds: [4, 6, 8]
                      sizes: [1280x720, 720x1280, 1080x1920, 1920x1080]
                      inputs: [text, image]
                      features: [negative-prompt]
                      price-per-second: 0.15
                      max-prompt-chars: 1000
                    aleph2:
                      # output length follows the input video; these limits are unverified
                      seconds: [2, 3, 4, 5, 6, 7, 8, 9, 10]
                      sizes: [1280x720, 720x1280, 1104x832, 832x1104, 960x960, 1584x672]
                      inputs: [video]
                      features: [seed]
                      price-per-second: 0.15
                      max-prompt-chars: 1000
              routing:
                default-provider: runway
                default-models:
                  sora: sora-2
                  runway: gen4.5
                rules:
                  - min-seconds: 11
                    provider: sora
                  - input: image
                    provider: runway
            """;

    private ProviderConfigFixture() {
    }

    /** The beans of this package, wired by hand from the YAML plus overrides. */
    record Wiring(MockEnvironment environment, ProvidersProperties providers, RoutingProperties routing,
                  ProviderCredentials credentials, ProviderAvailability availability, ModelCatalogue catalogue) {

        ProviderRouter router() {
            return new ProviderRouter(routing, catalogue, availability, providers);
        }
    }

    static Wiring wiring() {
        return wiring(Map.of());
    }

    /** @param overrides properties that win over the YAML, e.g. {@code pipeline.providers.sora.enabled=false} */
    static Wiring wiring(Map<String, Object> overrides) {
        MockEnvironment environment = environment(overrides);
        ProvidersProperties providers = bind(environment, "pipeline", ProvidersProperties.class);
        RoutingProperties routing = bind(environment, "pipeline.routing", RoutingProperties.class);
        ProviderCredentials credentials = new ProviderCredentials(environment, providers);
        return new Wiring(environment, providers, routing, credentials,
                new ProviderAvailability(providers, credentials), new ModelCatalogue(providers));
    }

    static MockEnvironment environment(Map<String, Object> overrides) {
        MockEnvironment environment = new MockEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("overrides", overrides));
        try {
            new YamlPropertySourceLoader()
                    .load("fixture", new ByteArrayResource(YAML.getBytes(StandardCharsets.UTF_8)))
                    .forEach(environment.getPropertySources()::addLast);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return environment;
    }

    static <T> T bind(MockEnvironment environment, String prefix, Class<T> type) {
        var validator = new SpringValidatorAdapter(Validation.buildDefaultValidatorFactory().getValidator());
        return Binder.get(environment).bind(prefix, Bindable.of(type), new ValidationBindHandler(validator)).get();
    }
}
