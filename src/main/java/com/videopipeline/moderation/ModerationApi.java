package com.videopipeline.moderation;

import com.videopipeline.request.VideoRequest;
import java.time.Duration;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The second link of the moderation chain: OpenAI's moderation API judges the prompt (and the input image when
 * {@code include-images}). Passing failures are tried again a bounded number of times; when no verdict can be had,
 * the prompt is refused ({@code moderation/unavailable}): fail closed, never pay for an unchecked prompt. The scores
 * of a text-only check are kept ({@link ModerationScoreCache}), never the verdict: that is made from the scores with
 * the thresholds of the day, so a changed threshold judges kept prompts too.
 */
@Component
class ModerationApi {

    private static final Logger LOG = LoggerFactory.getLogger(ModerationApi.class);

    private final ModerationApiProperties props;
    private final ModerationClient client;
    private final ModerationScoreCache cache;

    ModerationApi(ModerationApiProperties props, ModerationClient client, ModerationScoreCache cache) {
        this.props = props;
        this.client = client;
        this.cache = cache;
    }

    boolean enabled() {
        return props.enabled();
    }

    /** Why the API's verdict refuses the request, or empty. */
    Optional<Refusal> check(VideoRequest request) {
        try {
            return verdict(scores(request));
        } catch (ModerationUnavailable e) {
            return Optional.of(new Refusal("moderation/unavailable", e.getMessage()
                    + "; not submitted unchecked"));
        }
    }

    /**
     * Kept scores younger than cache-for; else the API's, then kept; else, the API unavailable, kept scores younger
     * than stale-for. A check that sends an image always asks the API, and keeps nothing.
     */
    private ModerationScores scores(VideoRequest request) throws ModerationUnavailable {
        if (props.includeImages() && request.image() != null) {
            return withRetries(request);
        }
        Optional<ModerationScores> fresh = cache.fresh(request.prompt());
        if (fresh.isPresent()) {
            return fresh.get();
        }
        try {
            ModerationScores scores = withRetries(request);
            cache.record(request.prompt(), scores);
            return scores;
        } catch (ModerationUnavailable e) {
            return cache.stale(request.prompt(), request.id(), e.getMessage()).orElseThrow(() -> e);
        }
    }

    /** The category furthest over its threshold; else, when configured so, the API's own highest flag. */
    Optional<Refusal> verdict(ModerationScores scores) {
        Optional<Refusal> over = scores.scores().entrySet().stream()
                .filter(e -> e.getValue() >= props.threshold(e.getKey()))
                .max(Comparator.comparingDouble((Map.Entry<String, Double> e) -> e.getValue()
                        - props.threshold(e.getKey())).thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(e -> new Refusal("moderation/" + e.getKey(),
                        format(e.getValue()) + " >= " + format(props.threshold(e.getKey()))));
        if (over.isPresent() || !props.refuseFlagged()) {
            return over;
        }
        return scores.flagged().stream().max(Comparator.comparingDouble(scores::score))
                .map(c -> new Refusal("moderation/" + c, "flagged by the moderation API (" + format(scores.score(c))
                        + ", under our threshold " + format(props.threshold(c)) + ")"));
    }

    private ModerationScores withRetries(VideoRequest request) throws ModerationUnavailable {
        Duration delay = props.retryDelay();
        for (int attempt = 1; ; attempt++) {
            try {
                return client.classify(request.prompt(), props.includeImages() ? request.image() : null);
            } catch (ModerationUnavailable e) {
                if (!e.passing()) {
                    throw e;
                }
                if (attempt >= props.maxAttempts()) {
                    throw new ModerationUnavailable(e.getMessage() + " (" + attempt + " attempts)", false, e);
                }
                LOG.warn("moderation of {}: attempt {} of {} failed ({}); trying again in {}", request.id(),
                        attempt, props.maxAttempts(), e.getMessage(), delay);
                pause(delay);
                delay = delay.multipliedBy(2);
            }
        }
    }

    /** A short wait on the intake thread: only entries checked while the API is failing wait. */
    private static void pause(Duration delay) throws ModerationUnavailable {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ModerationUnavailable("interrupted before trying again", false, e);
        }
    }

    /** 0.91, or two significant digits for the small scores and thresholds such as sexual/minors' 0.01. */
    private static String format(double value) {
        return String.format(Locale.ROOT, value >= 0.1 || value == 0 ? "%.2f" : "%.2g", value);
    }
}
