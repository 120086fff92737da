package com.videopipeline.provider;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.videopipeline.request.MediaRef;
import com.videopipeline.request.VideoRequest;
import com.videopipeline.request.VideoSize;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;

/**
 * Builds Runway API calls: one create endpoint per input kind, camelCase JSON, and the required X-Runway-Version.
 * Output downloads carry no Authorization header: they are signed URLs, often on another host.
 */
final class RunwayRequests {

    private final String provider;
    private final ProviderSettings settings;

    RunwayRequests(String provider, ProviderSettings settings) {
        this.provider = provider;
        this.settings = settings;
    }

    static String endpoint(String inputKind) {
        return switch (inputKind) {
            case "image" -> "/v1/image_to_video";
            case "video" -> "/v1/video_to_video";
            default -> "/v1/text_to_video";
        };
    }

    /** {@code 1280x720} → {@code 1280:720}. */
    static String ratio(VideoSize size) {
        return size.width() + ":" + size.height();
    }

    HttpRequest submit(ProviderRequest request, ApiKey key) {
        ObjectNode body = body(request);
        return api(endpoint(request.request().inputKind()), key)
                .header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString(Json.write(body)))
                .build();
    }

    HttpRequest status(String taskId, ApiKey key) {
        return api("/v1/tasks/" + Urls.jobId(provider, taskId), key).GET().build();
    }

    HttpRequest cancel(String taskId, ApiKey key) {
        return api("/v1/tasks/" + Urls.jobId(provider, taskId), key).DELETE().build();
    }

    /** Scheme, host and address checks are the downloader's {@link DownloadPolicy}, the one place that decides. */
    HttpRequest output(URI url) {
        return HttpRequest.newBuilder(url).timeout(settings.downloadTimeout()).GET().build();
    }

    ObjectNode body(ProviderRequest request) {
        ModelSettings model = settings.models().get(request.model());
        if (model == null) {
            throw LocalMedia.refused(provider, provider + ": no model " + request.model() + " is configured");
        }
        VideoRequest video = request.request();
        ObjectNode body = Json.object().put("model", request.model());
        if (video.prompt() != null && !video.prompt().isBlank()) {
            body.put("promptText", video.prompt());
        }
        if (video.size() != null) {
            body.put("ratio", ratio(video.size()));
        }
        switch (video.inputKind()) {
            case "video" -> body.put("videoUri", media(video.video(), "video"));
            case "image" -> body.put("promptImage", media(video.image(), "image")).put("duration", video.seconds());
            default -> body.put("duration", video.seconds());
        }
        if (video.seed() != null && model.features().contains("seed")) {
            body.put("seed", video.seed());
        }
        if (video.negativePrompt() != null && !video.negativePrompt().isBlank()
                && model.features().contains("negative-prompt")) {
            body.put("negativePrompt", video.negativePrompt());
        }
        return body;
    }

    private String media(MediaRef media, String kind) {
        if (!media.isLocal()) {
            return LocalMedia.remoteUrl(provider, media);
        }
        if (kind.equals("image")) {
            String type = LocalMedia.imageType(provider, media.file());
            return LocalMedia.dataUri(provider, media.file(), type, settings.maxImageDataUri(), "image");
        }
        String type = LocalMedia.videoType(provider, media.file());
        return LocalMedia.dataUri(provider, media.file(), type, settings.maxVideoDataUri(), "video");
    }

    private HttpRequest.Builder api(String path, ApiKey key) {
        return HttpRequest.newBuilder(Urls.join(settings.baseUrl(), path))
                .timeout(settings.requestTimeout())
                .header("Authorization", key.bearer())
                .header("X-Runway-Version", settings.apiVersion())
                .header("Accept", "application/json");
    }
}
