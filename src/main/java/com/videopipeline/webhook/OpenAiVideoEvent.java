package com.videopipeline.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;

/**
 * One OpenAI webhook event: {@code {"id": "evt_...", "object": "event", "created_at": ..., "type": "video.completed",
 * "data": {"id": "video_..."}}}. Only the fields acted on are read; the rest may change without harm.
 */
record OpenAiVideoEvent(String id, String type, String videoId) {

    /** The events that say a video job has ended at OpenAI, either way: the poll finds out which. */
    private static final Set<String> FINISHED = Set.of("video.completed", "video.failed");

    /** The event in {@code body}; empty when it is not a JSON object with a type. */
    static Optional<OpenAiVideoEvent> parse(ObjectMapper json, byte[] body) {
        try {
            JsonNode event = json.readTree(body);
            if (event == null || !event.isObject() || !event.path("type").isTextual()) {
                return Optional.empty();
            }
            JsonNode subject = event.path("data").path("id");
            return Optional.of(new OpenAiVideoEvent(event.path("id").asText(null), event.get("type").asText(),
                    subject.isTextual() ? subject.asText() : null));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Whether this event says a video job ended, and which. */
    boolean announcesFinish() {
        return FINISHED.contains(type) && videoId != null && !videoId.isBlank();
    }
}
