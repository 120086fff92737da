package com.videopipeline.webhook;

import com.videopipeline.job.FinishNotices;
import java.time.Duration;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** While OpenAI's webhooks are on, its provider's jobs are polled only as a backup, or not at all. */
@Component
class WebhookPolling implements FinishNotices {

    private final WebhooksProperties.OpenAi openai;

    WebhookPolling(WebhooksProperties properties) {
        this.openai = properties.openai();
    }

    @Override
    public boolean announces(String provider) {
        return openai.enabled() && openai.provider().equals(provider);
    }

    @Override
    public Optional<Duration> backupPollInterval(String provider) {
        return openai.backupPolling() ? Optional.of(openai.backupPollInterval()) : Optional.empty();
    }
}
