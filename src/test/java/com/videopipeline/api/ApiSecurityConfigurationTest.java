package com.videopipeline.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class ApiSecurityConfigurationTest {

    private static final ApiProperties NO_KEY = new ApiProperties(" ", "X-API-Key", 100, 1000);
    private static final ApiProperties KEYED = new ApiProperties("0123456789abcdef-secret", "X-API-Key", 100, 1000);

    @Test
    void shouldRefuseToStartOnANetworkAddressWithoutAKey() throws Exception {
        InetAddress everywhere = InetAddress.getByName("0.0.0.0");

        assertThatThrownBy(() -> ApiSecurityConfiguration.requireKeyUnlessLoopback(everywhere, NO_KEY))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("0.0.0.0").hasMessageContaining("PIPELINE_API_KEY")
                .hasMessageContaining("PIPELINE_BIND_ADDRESS=127.0.0.1");
        assertThatThrownBy(() -> ApiSecurityConfiguration.requireKeyUnlessLoopback(null, NO_KEY))
                .hasMessageContaining("every network interface");
    }

    @Test
    void shouldFailTheStartWithTheReasonWhenBoundToTheNetworkWithoutAKey() {
        contexts().withPropertyValues("server.address=0.0.0.0", "pipeline.api.key=")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .rootCause().hasMessageContaining("no API key is configured"));
        contexts().withPropertyValues("server.address=0.0.0.0", "pipeline.api.key=0123456789abcdef-secret")
                .run(context -> assertThat(context).hasNotFailed());
        contexts().withPropertyValues("server.address=127.0.0.1")
                .run(context -> assertThat(context).hasNotFailed());
    }

    private static ApplicationContextRunner contexts() {
        return new ApplicationContextRunner().withUserConfiguration(Settings.class, ApiSecurityConfiguration.class);
    }

    @EnableConfigurationProperties({ApiProperties.class, ServerProperties.class})
    static class Settings {
    }

    @Test
    void shouldStartOnLoopbackWithoutAKeyAndAnywhereWithOne() throws Exception {
        assertThatCode(() -> ApiSecurityConfiguration.requireKeyUnlessLoopback(
                InetAddress.getByName("127.0.0.1"), NO_KEY)).doesNotThrowAnyException();
        assertThatCode(() -> ApiSecurityConfiguration.requireKeyUnlessLoopback(
                InetAddress.getByName("0.0.0.0"), KEYED)).doesNotThrowAnyException();
    }

    @Test
    void shouldNeverShowTheKey() {
        assertThat(KEYED.toString()).contains("key=(set)").doesNotContain("secret");
        assertThat(NO_KEY.toString()).contains("key=(none)");
        assertThat(NO_KEY.hasKey()).isFalse();
    }

    @Test
    void shouldRefuseAKeyTooShortToBeSafe() {
        assertThatThrownBy(() -> new ApiProperties("short-key", "X-API-Key", 100, 1000))
                .hasMessageContaining("at least 16 characters").hasMessageNotContaining("short-key");
    }
}
