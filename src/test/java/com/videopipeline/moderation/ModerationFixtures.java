package com.videopipeline.moderation;

import com.videopipeline.request.MediaRef;
import com.videopipeline.request.VideoRequest;
import com.videopipeline.request.VideoSize;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.util.unit.DataSize;

/** Requests and settings for the moderation tests: a policy with a few rules, an API pointed at a base URL. */
final class ModerationFixtures {

    static final List<String> MARKERS = List.of("ignore previous instructions", "system prompt", "</s>");

    private ModerationFixtures() {
    }

    static VideoRequest request(String prompt) {
        return request(prompt, null, null);
    }

    static VideoRequest request(String prompt, String negativePrompt, MediaRef image) {
        return new VideoRequest("r1", prompt, 4, new VideoSize(1280, 720), 24, null, null, image, null,
                negativePrompt, null, List.of());
    }

    static MediaRef localImage() {
        return MediaRef.local(Path.of("samples/images/acme-bottle.png").toAbsolutePath());
    }

    static MediaRef remoteImage(String url) {
        return MediaRef.remote(URI.create(url));
    }

    static LocalPolicy policy(int maxLength, List<String> blockedTerms, List<String> patterns, List<String> names) {
        return new LocalPolicy(new LocalPolicyProperties(true, maxLength, blockedTerms, patterns, MARKERS, names));
    }

    /** API settings: default threshold 0.5, three attempts 10 ms apart, images as asked. */
    static ModerationApiProperties api(String baseUrl, Map<String, Double> thresholds, boolean includeImages,
                                       boolean refuseFlagged) {
        return new ModerationApiProperties(true, URI.create(baseUrl), "omni-moderation-latest", "MODERATION_TEST_KEY",
                "sk-test-loopback", includeImages, DataSize.ofMegabytes(20), 0.5, thresholds, refuseFlagged,
                Duration.ofSeconds(5), 3, Duration.ofMillis(10));
    }

    static ModerationApi client(ModerationApiProperties props) {
        return new ModerationApi(props, new ModerationClient(props, new MockEnvironment()));
    }
}
