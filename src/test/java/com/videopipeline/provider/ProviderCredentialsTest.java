package com.videopipeline.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.videopipeline.TestSecrets;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Key lookup by variable name and the loopback-only simulator fallback. */
class ProviderCredentialsTest {

    private static ProviderCredentials credentials(Map<String, Object> properties) {
        return ProviderConfigFixture.wiring(properties).credentials();
    }

    private static String bearer(ProviderCredentials credentials, String provider) {
        return credentials.find(provider).map(ApiKey::bearer).orElse(null);
    }

    @Test
    void shouldReadTheKeyFromTheNamedEnvironmentVariable() {
        ProviderCredentials credentials = credentials(Map.of("OPENAI_API_KEY", TestSecrets.OPENAI_KEY));

        assertThat(bearer(credentials, "sora")).isEqualTo("Bearer sk-real-123");
    }

    @Test
    void shouldFallBackToTheLoopbackKeyForTheLocalSimulator() {
        ProviderCredentials credentials = credentials(Map.of());

        assertThat(bearer(credentials, "sora")).isEqualTo("Bearer sk-local-simulator");
        assertThat(bearer(credentials, "runway")).isEqualTo("Bearer key_local_simulator");
    }

    @Test
    void shouldTreatABlankVariableAsUnset() {
        ProviderCredentials credentials = credentials(Map.of("OPENAI_API_KEY", "  "));

        assertThat(bearer(credentials, "sora")).isEqualTo("Bearer sk-local-simulator");
    }

    @Test
    void shouldNeverPrintTheKey() {
        ApiKey key = credentials(Map.of("OPENAI_API_KEY", TestSecrets.OPENAI_KEY)).find("sora").orElseThrow();

        assertThat(key.toString()).doesNotContain(TestSecrets.OPENAI_KEY);
    }

    @Nested
    class OnARealHost {

        private final Map<String, Object> realHost = Map.of("pipeline.providers.sora.base-url", "https://api.openai.com/v1");

        @Test
        void shouldNotUseTheLoopbackKey() {
            assertThat(credentials(realHost).find("sora")).isEmpty();
        }

        @Test
        void shouldFailWithANonRetryableAuthenticationErrorNamingTheVariable() {
            assertThatThrownBy(() -> credentials(realHost).require("sora"))
                    .isInstanceOfSatisfying(ProviderException.class, e -> {
                        assertThat(e.kind()).isEqualTo(FailureKind.AUTHENTICATION);
                        assertThat(e.notAccepted()).isTrue();
                        assertThat(e).hasMessage("provider sora has no API key: set OPENAI_API_KEY");
                    });
        }
    }

    @Nested
    class LoopbackDetection {

        @ParameterizedTest
        @ValueSource(strings = {"http://127.0.0.1:8091/x", "http://localhost:8091", "http://[::1]:8091/x", "http://127.5.6.7/"})
        void shouldRecogniseLoopbackAddresses(String url) {
            assertThat(LoopbackHosts.isLoopback(URI.create(url))).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"https://api.openai.com/v1", "http://127.0.0.1.nip.io/", "http://localhost.example.com/",
                "http://10.0.0.1/", "http://[::2]/"})
        void shouldNotMistakeOtherHostsForLoopback(String url) {
            assertThat(LoopbackHosts.isLoopback(URI.create(url))).isFalse();
        }
    }
}
