package com.videopipeline.webhook;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Provider webhooks ({@code pipeline.webhooks.*}): so far OpenAI's video events. The signing secret comes from the
 * environment ({@code OPENAI_WEBHOOK_SECRET}) and never appears in {@link #toString()}.
 *
 * @param openai OpenAI's {@code video.completed} / {@code video.failed} events at {@code POST /webhooks/openai}
 */
@Validated
@ConfigurationProperties("pipeline.webhooks")
record WebhooksProperties(@DefaultValue @Valid @NotNull OpenAi openai) {

    /**
     * @param enabled            take the events in; off, the endpoint does not exist and polling is as usual
     * @param provider           the provider entry ({@code openai-videos}) whose jobs these events are about
     * @param secret             the endpoint's signing secret ({@code whsec_...}); required when enabled
     * @param tolerance          how far an event's signed timestamp may be from our clock, either way
     * @param backupPolling      whether the provider's jobs are still polled, as a backup, while webhooks are on;
     *                           false: a job moves only when its event comes (or fails at its deadline)
     * @param backupPollInterval how often a job is polled as that backup
     */
    record OpenAi(
            @DefaultValue("false") boolean enabled,
            @DefaultValue("sora") @NotBlank String provider,
            String secret,
            @DefaultValue("5m") @NotNull Duration tolerance,
            @DefaultValue("true") boolean backupPolling,
            @DefaultValue("10m") @NotNull Duration backupPollInterval) {

        OpenAi {
            requirePositive("tolerance", tolerance);
            requirePositive("backup-poll-interval", backupPollInterval);
            if (enabled && (secret == null || secret.isBlank())) {
                throw new IllegalArgumentException("pipeline.webhooks.openai.enabled is true but no signing secret is"
                        + " set: set OPENAI_WEBHOOK_SECRET to the endpoint's whsec_... secret, or disable webhooks");
            }
            if (enabled) {
                SigningKey.of(secret);
            }
        }

        /** Never the secret itself: records print every component. */
        @Override
        public String toString() {
            return "OpenAi[enabled=" + enabled + ", provider=" + provider + ", secret="
                    + (secret == null || secret.isBlank() ? "(none)" : "(redacted)") + ", tolerance=" + tolerance
                    + ", backupPolling=" + backupPolling + ", backupPollInterval=" + backupPollInterval + "]";
        }

        private static void requirePositive(String name, Duration value) {
            if (value != null && (value.isNegative() || value.isZero())) {
                throw new IllegalArgumentException("pipeline.webhooks.openai." + name + " must be positive, got " + value);
            }
        }
    }
}
