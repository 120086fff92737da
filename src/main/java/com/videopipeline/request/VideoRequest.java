package com.videopipeline.request;

import java.util.List;

/**
 * A provider-neutral request for one video, after parsing, defaults and validation.
 * {@code provider} and {@code model} are what the user asked for (may be null); routing decides the rest.
 */
public record VideoRequest(
        String id,
        String prompt,
        int seconds,
        VideoSize size,
        int fps,
        String provider,
        String model,
        MediaRef image,
        MediaRef video,
        String negativePrompt,
        Long seed,
        List<String> tags) {

    public VideoRequest {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** The kind of input this request needs a model to accept: video, image or text. */
    public String inputKind() {
        if (video != null) {
            return "video";
        }
        return image != null ? "image" : "text";
    }
}
