package com.videopipeline.webhook;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.videopipeline.job.ImmediatePolls;
import com.videopipeline.provider.ProviderSettings;
import com.videopipeline.provider.ProvidersProperties;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Takes in OpenAI's video webhooks: verifies each delivery, ignores a repeated one, and has the job a
 * {@code video.completed} or {@code video.failed} names polled at once. Refusals are logged without the body: it is
 * a stranger's text, or a genuine event's that has no business in a log.
 */
@Component("openAiWebhooks")
class OpenAiWebhooks {

    private static final Logger LOG = LoggerFactory.getLogger(OpenAiWebhooks.class);
    /** The sender, in the table of seen deliveries. */
    private static final String SOURCE = "openai";

    private final WebhooksProperties.OpenAi settings;
    private final StandardWebhooks verifier;
    private final SeenWebhooks seen;
    private final ImmediatePolls polls;
    private final ObjectMapper json;
    private final Clock clock;

    OpenAiWebhooks(WebhooksProperties properties, ProvidersProperties providers, SeenWebhooks seen,
                   ImmediatePolls polls, ObjectMapper json, Clock clock) {
        this.settings = properties.openai();
        this.verifier = settings.enabled()
                ? new StandardWebhooks(SigningKey.of(settings.secret()), settings.tolerance()) : null;
        this.seen = seen;
        this.polls = polls;
        this.json = json;
        this.clock = clock;
        if (settings.enabled()) {
            requireOpenAiProvider(providers);
        }
    }

    /** One delivery: the body's bytes exactly as received, and the request headers. */
    public WebhookReceipt receive(byte[] body, Map<String, Object> headers) {
        if (verifier == null) {
            return WebhookReceipt.disabled();
        }
        Instant now = clock.instant();
        WebhookHeaders delivery = WebhookHeaders.of(headers);
        Verdict verdict = verifier.verify(delivery, body, now);
        if (verdict != Verdict.VALID) {
            LOG.warn("OpenAI webhook {} refused with {}: {} ({} bytes, body not logged)", delivery.idForLog(),
                    verdict.status(), verdict.reason(), body.length);
            return WebhookReceipt.refused(verdict);
        }
        Optional<OpenAiVideoEvent> event = OpenAiVideoEvent.parse(json, body);
        if (event.isEmpty()) {
            LOG.warn("OpenAI webhook {} refused with 400: signed, but not an event ({} bytes, body not logged)",
                    delivery.id(), body.length);
            return WebhookReceipt.unreadable();
        }
        Instant keepUntil = Instant.ofEpochSecond(delivery.epochSeconds().getAsLong()).plus(settings.tolerance());
        if (!seen.firstDelivery(SOURCE, delivery.id(), keepUntil, now)) {
            LOG.info("OpenAI webhook {} ({}) was delivered before: ignored", delivery.id(), event.get().type());
            return WebhookReceipt.taken("repeated webhook-id: ignored");
        }
        try {
            return act(delivery.id(), event.get());
        } catch (RuntimeException e) {
            seen.forget(SOURCE, delivery.id());
            throw e;
        }
    }

    private WebhookReceipt act(String webhookId, OpenAiVideoEvent event) {
        if (!event.announcesFinish()) {
            LOG.info("OpenAI webhook {}: event {} is not acted on", webhookId, event.type());
            return WebhookReceipt.taken("event type not acted on");
        }
        ImmediatePolls.Nudge nudge = polls.announcedFinished(settings.provider(), event.videoId());
        String about = event.type() + " (webhook " + webhookId + ")";
        return switch (nudge.outcome()) {
            case POLL -> {
                LOG.info("{}: {}; polling it now", nudge.job(), about);
                yield WebhookReceipt.poll(nudge.job());
            }
            case DUE -> {
                LOG.info("{}: {}; due now, polled within the request rate", nudge.job(), about);
                yield WebhookReceipt.taken("the job is due for a poll now");
            }
            case PAST -> {
                LOG.info("{}: {}; already past waiting for its provider", nudge.job(), about);
                yield WebhookReceipt.taken("the job is past waiting for its provider");
            }
            case BUSY -> {
                seen.forget(SOURCE, webhookId);
                LOG.info("{}: {}; held by another stage, asking for a later delivery", nudge.job(), about);
                yield WebhookReceipt.busy();
            }
            case UNKNOWN -> {
                LOG.warn("OpenAI webhook {}: {} for {}, which no job follows: acknowledged", webhookId, event.type(),
                        event.videoId());
                yield WebhookReceipt.taken("no job follows this video");
            }
        };
    }

    private void requireOpenAiProvider(ProvidersProperties providers) {
        ProviderSettings provider = providers.providers().get(settings.provider());
        if (provider == null || !"openai-videos".equals(provider.type())) {
            throw new IllegalStateException("pipeline.webhooks.openai.provider '" + settings.provider()
                    + "' is not a configured provider of type openai-videos");
        }
    }
}
