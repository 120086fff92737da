package com.videopipeline.provider;

import com.videopipeline.request.MediaRef;
import com.videopipeline.request.VideoRequest;
import com.videopipeline.request.VideoSize;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;

/** Named request fixtures: a text request by default, changed one field at a time. */
final class TestRequests {

    private String prompt = "a red fox crossing a snowy field at dawn";
    private int seconds = 8;
    private VideoSize size = new VideoSize(1280, 720);
    private int fps = 24;
    private String provider;
    private String model;
    private MediaRef image;
    private MediaRef video;
    private String negativePrompt;
    private Long seed;

    static TestRequests text(int seconds, String size) {
        TestRequests r = new TestRequests();
        r.seconds = seconds;
        r.size = VideoSize.parse(size);
        return r;
    }

    static TestRequests image(int seconds, String size) {
        return text(seconds, size).imageUrl("https://cdn.example.com/first-frame.png");
    }

    TestRequests prompt(String prompt) {
        this.prompt = prompt;
        return this;
    }

    TestRequests provider(String provider) {
        this.provider = provider;
        return this;
    }

    TestRequests model(String model) {
        this.model = model;
        return this;
    }

    TestRequests fps(int fps) {
        this.fps = fps;
        return this;
    }

    TestRequests seed(long seed) {
        this.seed = seed;
        return this;
    }

    TestRequests negativePrompt(String negativePrompt) {
        this.negativePrompt = negativePrompt;
        return this;
    }

    TestRequests imageFile(Path file) {
        this.image = MediaRef.local(file);
        return this;
    }

    TestRequests imageUrl(String url) {
        this.image = MediaRef.remote(URI.create(url));
        return this;
    }

    TestRequests videoFile(Path file) {
        this.video = MediaRef.local(file);
        return this;
    }

    TestRequests videoUrl(String url) {
        this.video = MediaRef.remote(URI.create(url));
        return this;
    }

    VideoRequest build() {
        return new VideoRequest("req-1", prompt, seconds, size, fps, provider, model, image, video,
                negativePrompt, seed, List.of());
    }

    ProviderRequest bound(String boundProvider, String boundModel) {
        return new ProviderRequest("job-1", boundProvider, boundModel, build());
    }
}
