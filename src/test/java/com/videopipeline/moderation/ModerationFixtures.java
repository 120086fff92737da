package com.videopipeline.moderation;

import com.videopipeline.request.MediaRef;
import com.videopipeline.request.VideoRequest;
import com.videopipeline.request.VideoSize;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
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

    /** API settings: default threshold 0.5, three attempts 10 ms apart, images as asked, no score cache. */
    static ModerationApiProperties api(String baseUrl, Map<String, Double> thresholds, boolean includeImages,
                                       boolean refuseFlagged) {
        return settings(baseUrl, thresholds, includeImages, refuseFlagged, Duration.ZERO, Duration.ZERO);
    }

    /** As {@link #api}, scores kept for {@code cacheFor} and, with the API down, used for {@code staleFor}. */
    static ModerationApiProperties cached(String baseUrl, Map<String, Double> thresholds, boolean includeImages,
                                          Duration cacheFor, Duration staleFor) {
        return settings(baseUrl, thresholds, includeImages, false, cacheFor, staleFor);
    }

    private static ModerationApiProperties settings(String baseUrl, Map<String, Double> thresholds,
                                                    boolean includeImages, boolean refuseFlagged, Duration cacheFor,
                                                    Duration staleFor) {
        return new ModerationApiProperties(true, URI.create(baseUrl), "omni-moderation-latest", "MODERATION_TEST_KEY",
                "sk-test-loopback", includeImages, DataSize.ofMegabytes(20), 0.5, thresholds, refuseFlagged,
                Duration.ofSeconds(5), 3, Duration.ofMillis(10), cacheFor, staleFor);
    }

    /** The API link without a score cache: its ledger, on a database never created, is never asked. */
    static ModerationApi client(ModerationApiProperties props) {
        ModerationScoreLedger unused = new ModerationScoreLedger(new NamedParameterJdbcTemplate(
                new DriverManagerDataSource("jdbc:h2:mem:never-opened", "sa", "")), Clock.systemUTC());
        return client(props, unused, Clock.systemUTC());
    }

    static ModerationApi client(ModerationApiProperties props, ModerationScoreLedger ledger, Clock clock) {
        return new ModerationApi(props, new ModerationClient(props, new MockEnvironment()),
                new ModerationScoreCache(props, ledger, clock));
    }
}
