package com.videopipeline.provider;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads OpenAI Video objects (the four statuses, progress, error, expires_at and the openai-poll-after-ms hint) and
 * list pages, the only way to find a job whose create answer was lost.
 */
final class SoraResponses {

    private final String provider;
    private final ErrorClassifier classifier;

    SoraResponses(String provider, ErrorClassifier classifier) {
        this.provider = provider;
        this.classifier = classifier;
    }

    String jobId(JsonNode video) {
        return required(video, "id");
    }

    ProviderStatus status(JsonNode video, HttpHeaders headers) {
        String id = required(video, "id");
        ProviderPhase phase = phase(required(video, "status"));
        JsonNode progress = video.path("progress");
        JsonNode error = video.path("error");
        JsonNode expiresAt = video.path("expires_at");
        return new ProviderStatus(id, phase,
                progress.isNumber() ? progress.asDouble() : null,
                List.of(),
                Json.text(error, "code"),
                Json.text(error, "message"),
                pollAfter(headers),
                expiresAt.isNumber() ? Instant.ofEpochSecond(expiresAt.asLong()) : null);
    }

    /** A {@code GET /videos} list object; an item without id or created_at makes the whole page unreadable. */
    SoraVideoPage page(JsonNode list) {
        JsonNode data = list.path("data");
        if (!data.isArray()) {
            throw classifier.malformed(provider, "video list without a 'data' array", null);
        }
        List<SoraVideoPage.Listed> videos = new ArrayList<>();
        data.forEach(video -> videos.add(listed(video)));
        String lastId = Json.text(list, "last_id");
        if (lastId == null && !videos.isEmpty()) {
            lastId = videos.get(videos.size() - 1).id();
        }
        return new SoraVideoPage(videos, list.path("has_more").asBoolean(false), lastId);
    }

    private SoraVideoPage.Listed listed(JsonNode video) {
        JsonNode createdAt = video.path("created_at");
        if (!createdAt.canConvertToLong()) {
            throw classifier.malformed(provider, "listed video without a numeric 'created_at'", null);
        }
        return new SoraVideoPage.Listed(required(video, "id"), Instant.ofEpochSecond(createdAt.asLong()),
                Json.text(video, "prompt"), Json.text(video, "model"), Json.text(video, "size"),
                Json.text(video, "seconds"));
    }

    private ProviderPhase phase(String status) {
        return switch (status) {
            case "queued" -> ProviderPhase.QUEUED;
            case "in_progress" -> ProviderPhase.RUNNING;
            case "completed" -> ProviderPhase.SUCCEEDED;
            case "failed" -> ProviderPhase.FAILED;
            default -> throw classifier.malformed(provider, "unknown video status '" + status + "'", null);
        };
    }

    private static Duration pollAfter(HttpHeaders headers) {
        try {
            return headers.firstValueAsLong("openai-poll-after-ms").stream()
                    .filter(ms -> ms > 0).mapToObj(Duration::ofMillis).findFirst().orElse(null);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private String required(JsonNode node, String field) {
        String value = Json.text(node, field);
        if (value == null || value.isBlank()) {
            throw classifier.malformed(provider, "video object without '" + field + "'", null);
        }
        return value;
    }
}
