package com.videopipeline.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.util.unit.DataSize;

/** Proves the proposed YAML binds and validates as Spring Boot would bind config/application.yml. */
class ProvidersYamlBindingTest {

    @Test
    void shouldKeepModelNamesWithDotsAndUnderscoresInConfigOrder() {
        ProvidersProperties properties = ProviderConfigFixture.wiring().providers();

        assertThat(properties.providers()).containsOnlyKeys("sora", "runway");
        assertThat(properties.providers().get("runway").models().keySet())
                .containsExactly("gen4.5", "gen4_turbo", "veo3.1", "veo3.1_fast", "aleph2");
    }

    @Test
    void shouldResolveSimulatorPortIntoBaseUrls() {
        ProvidersProperties properties = ProviderConfigFixture.wiring().providers();

        assertThat(properties.providers().get("sora").baseUrl()).isEqualTo(URI.create("http://127.0.0.1:8091/openai/v1"));
        assertThat(properties.providers().get("runway").baseUrl()).isEqualTo(URI.create("http://127.0.0.1:8091/runway"));
    }

    @Test
    void shouldBindTypedLimitsAndApplyDefaults() {
        ProviderSettings runway = ProviderConfigFixture.wiring().providers().providers().get("runway");

        assertThat(runway.enabled()).isTrue();
        assertThat(runway.pollInterval()).isEqualTo(Duration.ofSeconds(6));
        assertThat(runway.maxImageDataUri()).isEqualTo(DataSize.ofMegabytes(5));
        assertThat(runway.models().get("gen4.5").fps()).containsExactly(24);
        assertThat(runway.models().get("gen4.5").imageSizes()).hasSize(6);
        assertThat(runway.models().get("veo3.1").features()).containsExactly("negative-prompt");
        assertThat(runway.models().get("gen4_turbo").pricePerSecond()).isEqualByComparingTo(new BigDecimal("0.05"));
    }

    @Test
    void shouldLetTheSimulatorConfigDownloadFromLoopbackAndOnlyFromItsBaseUrlHost() {
        ProvidersProperties properties = ProviderConfigFixture.wiring().providers();

        assertThat(properties.providers().values()).allSatisfy(settings -> {
            assertThat(settings.downloadPrivateAddresses()).isTrue();
            assertThat(settings.downloadHosts()).isEmpty();
        });
    }

    @Test
    void shouldDefaultToNoExtraDownloadHostsAndNoPrivateAddressesWhenTheKeysAreAbsent() {
        Map<String, Object> gateway = new HashMap<>();
        gateway.put("pipeline.providers.gateway.type", "openai-videos");
        gateway.put("pipeline.providers.gateway.base-url", "https://gateway.example.com/v1");
        gateway.put("pipeline.providers.gateway.api-key-env", "GATEWAY_API_KEY");
        gateway.put("pipeline.providers.gateway.models[sora-2].seconds", "4");
        gateway.put("pipeline.providers.gateway.models[sora-2].sizes", "1280x720");
        gateway.put("pipeline.providers.gateway.models[sora-2].inputs", "text");
        gateway.put("pipeline.providers.gateway.models[sora-2].price-per-second", "0.09");

        ProviderSettings settings = ProviderConfigFixture.wiring(gateway).providers().providers().get("gateway");

        assertThat(settings.downloadHosts()).isEmpty();
        assertThat(settings.downloadPrivateAddresses()).isFalse();
    }

    @Test
    void shouldBindDownloadHostsInOrder() {
        ProviderSettings runway = ProviderConfigFixture.wiring(Map.of(
                "pipeline.providers.runway.download-hosts[0]", "dnznrvs05pmza.cloudfront.net",
                "pipeline.providers.runway.download-hosts[1]", "*.example.com")).providers().providers().get("runway");

        assertThat(runway.downloadHosts()).containsExactly("dnznrvs05pmza.cloudfront.net", "*.example.com");
    }

    @Test
    void shouldBindRoutingRulesInOrder() {
        RoutingProperties routing = ProviderConfigFixture.wiring().routing();

        assertThat(routing.defaultProvider()).isEqualTo("runway");
        assertThat(routing.defaultModels()).isEqualTo(Map.of("sora", "sora-2", "runway", "gen4.5"));
        assertThat(routing.rules()).containsExactly(
                new RoutingProperties.RoutingRule(null, 11, "sora"),
                new RoutingProperties.RoutingRule("image", null, "runway"));
    }

    @Test
    void shouldRefuseAnUnknownProviderType() {
        assertThatThrownBy(() -> ProviderConfigFixture.wiring(Map.of("pipeline.providers.sora.type", "openai")))
                .isInstanceOf(BindException.class)
                .hasStackTraceContaining("must match \"openai-videos|runway\"");
    }

    @Test
    void shouldRefuseAnUnknownModelFeature() {
        assertThatThrownBy(() -> ProviderConfigFixture.wiring(
                Map.of("pipeline.providers.runway.models[aleph2].features", "audio")))
                .isInstanceOf(BindException.class)
                .hasStackTraceContaining("features")
                .hasStackTraceContaining("must match \"seed|negative-prompt\"");
    }
}
