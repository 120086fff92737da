package com.videopipeline.provider;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.videopipeline.request.MediaRef;
import com.videopipeline.request.VideoRequest;
import java.io.FileNotFoundException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Builds OpenAI Videos API calls. Create is multipart (the only form the spec lists for a file upload) unless the
 * image is a URL, which only the JSON form can reference. {@code seconds} is always a string: an integer gets a 400.
 */
final class SoraRequests {

    private final String provider;
    private final URI base;
    private final Duration requestTimeout;
    private final Duration downloadTimeout;

    SoraRequests(String provider, URI base, Duration requestTimeout, Duration downloadTimeout) {
        this.provider = provider;
        this.base = base;
        this.requestTimeout = requestTimeout;
        this.downloadTimeout = downloadTimeout;
    }

    HttpRequest submit(ProviderRequest request, ApiKey key) {
        SubmitBody body = body(request);
        return HttpRequest.newBuilder(Urls.join(base, "/videos"))
                .timeout(requestTimeout)
                .header("Authorization", key.bearer())
                .header("Content-Type", body.contentType())
                .header("Accept", "application/json")
                .POST(body.publisher())
                .build();
    }

    HttpRequest status(String jobId, ApiKey key) {
        return HttpRequest.newBuilder(Urls.join(base, "/videos/" + Urls.jobId(provider, jobId)))
                .timeout(requestTimeout)
                .header("Authorization", key.bearer())
                .header("Accept", "application/json")
                .GET()
                .build();
    }

    /** Newest first: a lost submit is recent, so the scan can stop at the first video older than it. */
    HttpRequest list(String after, int limit, ApiKey key) {
        String cursor = after == null ? "" : "&after=" + Urls.jobId(provider, after);
        return HttpRequest.newBuilder(Urls.join(base, "/videos?limit=" + limit + "&order=desc" + cursor))
                .timeout(requestTimeout)
                .header("Authorization", key.bearer())
                .header("Accept", "application/json")
                .GET()
                .build();
    }

    HttpRequest content(String jobId, Asset asset, ApiKey key) {
        String variant = asset == Asset.THUMBNAIL ? "thumbnail" : "video";
        return HttpRequest.newBuilder(Urls.join(base, "/videos/" + Urls.jobId(provider, jobId)
                        + "/content?variant=" + variant))
                .timeout(downloadTimeout)
                .header("Authorization", key.bearer())
                .header("Accept", "application/binary")
                .GET()
                .build();
    }

    private SubmitBody body(ProviderRequest request) {
        VideoRequest video = request.request();
        if (video.video() != null) {
            throw LocalMedia.refused(provider, provider + ": model " + request.model() + " takes no video input");
        }
        MediaRef image = video.image();
        if (image != null && !image.isLocal()) {
            return json(request, LocalMedia.remoteUrl(provider, image));
        }
        MultipartBody form = MultipartBody.withRandomBoundary()
                .field("model", request.model())
                .field("prompt", video.prompt())
                .field("seconds", String.valueOf(video.seconds()));
        if (video.size() != null) {
            form.field("size", video.size().toString());
        }
        if (image != null) {
            attach(form, image.file());
        }
        return new SubmitBody(form.contentType(), form.publisher());
    }

    private void attach(MultipartBody form, Path file) {
        String type = LocalMedia.imageType(provider, file);
        try {
            form.file("input_reference", file, type);
        } catch (FileNotFoundException e) {
            throw LocalMedia.refused(provider, provider + ": input image " + file.getFileName() + " not found");
        }
    }

    private SubmitBody json(ProviderRequest request, String imageUrl) {
        VideoRequest video = request.request();
        ObjectNode body = Json.object()
                .put("model", request.model())
                .put("prompt", video.prompt())
                .put("seconds", String.valueOf(video.seconds()));
        if (video.size() != null) {
            body.put("size", video.size().toString());
        }
        body.putObject("input_reference").put("image_url", imageUrl);
        return new SubmitBody("application/json", BodyPublishers.ofString(Json.write(body)));
    }

    /** A create body and the Content-Type that describes it (multipart carries its boundary there). */
    record SubmitBody(String contentType, BodyPublisher publisher) {
    }
}
