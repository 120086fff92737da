package com.videopipeline.request;

import java.util.List;

/**
 * A provider-neutral request for one video, after parsing, defaults and validation.
 * {@code provider} and {@code model} are what the user asked for (may be null); routing decides the rest.
 * {@code cache} false means: always make a new video, even when an identical one was delivered recently.
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
        List<String> tags,
        boolean cache,
        RequestOptions options) {

    public VideoRequest {
        tags = tags == null ? List.of() : List.copyOf(tags);
        options = options == null ? RequestOptions.NONE : options;
    }

    /** A request with no options beyond the video. */
    public VideoRequest(String id, String prompt, int seconds, VideoSize size, int fps, String provider, String model,
                        MediaRef image, MediaRef video, String negativePrompt, Long seed, List<String> tags,
                        boolean cache) {
        this(id, prompt, seconds, size, fps, provider, model, image, video, negativePrompt, seed, tags, cache,
                RequestOptions.NONE);
    }

    /** A request that may be served from the result cache. */
    public VideoRequest(String id, String prompt, int seconds, VideoSize size, int fps, String provider, String model,
                        MediaRef image, MediaRef video, String negativePrompt, Long seed, List<String> tags) {
        this(id, prompt, seconds, size, fps, provider, model, image, video, negativePrompt, seed, tags, true);
    }

    /** The kind of input this request needs a model to accept: video, image or text. */
    public String inputKind() {
        if (video != null) {
            return "video";
        }
        return image != null ? "image" : "text";
    }

    public VideoRequest withId(String newId) {
        return new VideoRequest(newId, prompt, seconds, size, fps, provider, model, image, video, negativePrompt,
                seed, tags, cache, options);
    }

    /** The same request with the prompt and negative prompt enrichment or expansion made of it. */
    public VideoRequest withPrompts(String newPrompt, String newNegativePrompt) {
        return new VideoRequest(id, newPrompt, seconds, size, fps, provider, model, image, video, newNegativePrompt,
                seed, tags, cache, options);
    }

    /** The same request with other options, such as the brief enrichment records. */
    public VideoRequest withOptions(RequestOptions newOptions) {
        return new VideoRequest(id, prompt, seconds, size, fps, provider, model, image, video, negativePrompt, seed,
                tags, cache, newOptions);
    }

    /** The same request at another frame size (a budget's downgrade to a smaller size). */
    public VideoRequest withSize(VideoSize newSize) {
        return new VideoRequest(id, prompt, seconds, newSize, fps, provider, model, image, video, negativePrompt,
                seed, tags, cache, options);
    }

    /** One side of a comparison: its own id, pinned to one provider and/or model. */
    public VideoRequest sideOfComparison(String sideId, String sideProvider, String sideModel) {
        return new VideoRequest(sideId, prompt, seconds, size, fps, sideProvider, sideModel, image, video,
                negativePrompt, seed, tags, cache, options.sideOf(id));
    }
}
