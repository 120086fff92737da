package com.videopipeline.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.videopipeline.job.ImmediatePolls;
import com.videopipeline.provider.ProvidersProperties;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** What a verified delivery leads to: a poll, an acknowledgement, a refusal, or a request to deliver again. */
class OpenAiWebhooksTest {

    private static final String SECRET = "whsec_" + java.util.Base64.getEncoder()
            .encodeToString("unit-test-key".getBytes(StandardCharsets.UTF_8));
    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

    private final SeenWebhooks seen = mock(SeenWebhooks.class);
    private final ImmediatePolls polls = mock(ImmediatePolls.class);
    private final OpenAiWebhooks webhooks = webhooks(true);

    @Test
    void shouldAskForALaterDeliveryAndForgetTheIdWhenTheJobIsBusy() {
        when(seen.firstDelivery(anyString(), anyString(), any(), any())).thenReturn(true);
        when(polls.announcedFinished("sora", "video_1"))
                .thenReturn(new ImmediatePolls.Nudge(ImmediatePolls.Outcome.BUSY, null));

        WebhookReceipt receipt = deliver("msg_1", event("video.completed", "video_1"));

        assertThat(receipt.status()).isEqualTo(503);
        verify(seen).forget("openai", "msg_1");
    }

    @Test
    void shouldForgetTheIdWhenTakingTheEventFails() {
        when(seen.firstDelivery(anyString(), anyString(), any(), any())).thenReturn(true);
        when(polls.announcedFinished("sora", "video_1")).thenThrow(new IllegalStateException("database down"));

        assertThatThrownBy(() -> deliver("msg_1", event("video.failed", "video_1")))
                .hasMessage("database down");
        verify(seen).forget("openai", "msg_1");
    }

    @Test
    void shouldRememberTheIdUntilItsSignedTimeLeavesTheTolerance() {
        when(seen.firstDelivery(anyString(), anyString(), any(), any())).thenReturn(true);
        when(polls.announcedFinished("sora", "video_1"))
                .thenReturn(new ImmediatePolls.Nudge(ImmediatePolls.Outcome.UNKNOWN, null));

        assertThat(deliver("msg_1", event("video.completed", "video_1")).status()).isEqualTo(200);
        verify(seen).firstDelivery("openai", "msg_1", NOW.plus(Duration.ofMinutes(5)), NOW);
    }

    @Test
    void shouldAcknowledgeOtherEventTypesWithoutLookingForAJob() {
        when(seen.firstDelivery(anyString(), anyString(), any(), any())).thenReturn(true);

        WebhookReceipt receipt = deliver("msg_2", event("batch.completed", "batch_1"));

        assertThat(receipt.status()).isEqualTo(200);
        assertThat(receipt.job()).isNull();
        verify(polls, never()).announcedFinished(anyString(), anyString());
    }

    @Test
    void shouldRefuseASignedBodyThatIsNotAnEventWithoutRecordingIt() {
        assertThat(deliver("msg_3", "[1, 2, 3]").status()).isEqualTo(400);
        assertThat(deliver("msg_4", "not json").status()).isEqualTo(400);
        verify(seen, never()).firstDelivery(anyString(), anyString(), any(), any());
    }

    @Test
    void shouldAnswerNotFoundWhileDisabled() {
        assertThat(webhooks(false).receive(new byte[0], Map.of()).status()).isEqualTo(404);
    }

    private WebhookReceipt deliver(String id, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String timestamp = String.valueOf(NOW.getEpochSecond());
        byte[] signature = SigningKey.of(SECRET).sign((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8),
                bytes);
        return webhooks.receive(bytes, Map.of("webhook-id", id, "webhook-timestamp", timestamp,
                "webhook-signature", "v1," + java.util.Base64.getEncoder().encodeToString(signature)));
    }

    private static String event(String type, String subject) {
        return "{\"id\":\"evt_1\",\"object\":\"event\",\"created_at\":1,\"type\":\"" + type + "\","
                + "\"data\":{\"id\":\"" + subject + "\"}}";
    }

    private OpenAiWebhooks webhooks(boolean enabled) {
        WebhooksProperties properties = new Binder(new MapConfigurationPropertySource(Map.of(
                "pipeline.webhooks.openai.enabled", String.valueOf(enabled),
                "pipeline.webhooks.openai.secret", SECRET)))
                .bindOrCreate("pipeline.webhooks", WebhooksProperties.class);
        return new OpenAiWebhooks(properties, sora(), seen, polls, new ObjectMapper(),
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static ProvidersProperties sora() {
        String p = "pipeline.providers.sora.";
        return new Binder(new MapConfigurationPropertySource(Map.of(
                p + "type", "openai-videos",
                p + "base-url", "http://127.0.0.1:1/openai/v1",
                p + "api-key-env", "OPENAI_API_KEY",
                p + "models.[sora-2].seconds[0]", "4",
                p + "models.[sora-2].sizes[0]", "1280x720",
                p + "models.[sora-2].inputs[0]", "text",
                p + "models.[sora-2].price-per-second", "0.10")))
                .bind("pipeline", ProvidersProperties.class).get();
    }
}
