package com.videopipeline.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.videopipeline.TestSecrets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The webhook settings bind with safe defaults, refuse to start without a secret, and never print it. */
class WebhooksPropertiesTest {

    private static final String SECRET = TestSecrets.OTHER_WEBHOOK_SECRET;

    @Test
    void shouldBeOffWithTheDocumentedDefaults() {
        WebhooksProperties.OpenAi openai = bind(Map.of()).openai();

        assertThat(openai.enabled()).isFalse();
        assertThat(openai.provider()).isEqualTo("sora");
        assertThat(openai.tolerance()).isEqualTo(Duration.ofMinutes(5));
        assertThat(openai.backupPolling()).isTrue();
        assertThat(openai.backupPollInterval()).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void shouldRefuseToStartEnabledWithoutASecretSayingWhichVariableToSet() {
        assertThatThrownBy(() -> bind(Map.of("pipeline.webhooks.openai.enabled", "true",
                "pipeline.webhooks.openai.secret", "")))
                .isInstanceOf(BindException.class)
                .rootCause().hasMessageContaining("OPENAI_WEBHOOK_SECRET");
    }

    @Test
    void shouldRefuseAMalformedSecretWithoutPrintingIt() {
        assertThatThrownBy(() -> bind(Map.of("pipeline.webhooks.openai.enabled", "true",
                "pipeline.webhooks.openai.secret", "whsec_***leaked?***")))
                .isInstanceOf(BindException.class)
                .satisfies(e -> assertThat(stackText(e)).doesNotContain("***leaked?***"));
    }

    @Test
    void shouldNeverShowTheSecretInToString() {
        WebhooksProperties bound = bind(Map.of("pipeline.webhooks.openai.enabled", "true",
                "pipeline.webhooks.openai.secret", SECRET, "pipeline.webhooks.openai.backup-polling", "false"));

        assertThat(bound.openai().backupPolling()).isFalse();
        assertThat(bound.toString()).doesNotContain(SECRET).doesNotContain("c2VjcmV0").contains("redacted");
    }

    @Test
    void shouldRefuseANonPositiveBackupInterval() {
        assertThatThrownBy(() -> bind(Map.of("pipeline.webhooks.openai.backup-poll-interval", "0s")))
                .isInstanceOf(BindException.class);
    }

    private static WebhooksProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("pipeline.webhooks", WebhooksProperties.class);
    }

    private static String stackText(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            text.append(t).append('\n');
        }
        return text.toString();
    }
}
