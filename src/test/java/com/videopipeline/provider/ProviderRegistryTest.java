package com.videopipeline.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One client per enabled entry, chosen by its type. */
class ProviderRegistryTest {

    private static ProviderRegistry registry(Map<String, Object> overrides) {
        ProviderConfigFixture.Wiring wiring = ProviderConfigFixture.wiring(overrides);
        return new ProviderRegistry(wiring.providers(), wiring.credentials(), new ErrorClassifier());
    }

    private static Map<String, Object> gateway() {
        Map<String, Object> gateway = new HashMap<>();
        gateway.put("pipeline.providers.gateway.type", "openai-videos");
        gateway.put("pipeline.providers.gateway.base-url", "https://gateway.example.com/v1");
        gateway.put("pipeline.providers.gateway.api-key-env", "GATEWAY_API_KEY");
        gateway.put("pipeline.providers.gateway.models[sora-2].seconds", "4,8,12");
        gateway.put("pipeline.providers.gateway.models[sora-2].sizes", "1280x720");
        gateway.put("pipeline.providers.gateway.models[sora-2].inputs", "text");
        gateway.put("pipeline.providers.gateway.models[sora-2].price-per-second", "0.09");
        return gateway;
    }

    @Test
    void shouldCreateTheClientNamedByEachEntrysType() {
        ProviderRegistry registry = registry(gateway());

        assertThat(registry.names()).containsExactlyInAnyOrder("sora", "runway", "gateway");
        assertThat(registry.get("sora")).isInstanceOf(SoraProvider.class);
        assertThat(registry.get("gateway")).isInstanceOf(SoraProvider.class);
        assertThat(registry.get("gateway").name()).isEqualTo("gateway");
        assertThat(registry.get("runway")).isInstanceOf(RunwayProvider.class);
    }

    @Test
    void shouldLeaveOutDisabledProviders() {
        ProviderRegistry registry = registry(Map.of("pipeline.providers.sora.enabled", "false"));

        assertThat(registry.names()).containsExactly("runway");
        assertThatThrownBy(() -> registry.get("sora"))
                .isInstanceOfSatisfying(ProviderException.class, e -> {
                    assertThat(e.kind()).isEqualTo(FailureKind.BAD_REQUEST);
                    assertThat(e).hasMessage("provider sora is not configured or is disabled; enabled: runway");
                });
    }
}
