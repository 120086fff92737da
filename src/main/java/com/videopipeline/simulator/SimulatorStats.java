package com.videopipeline.simulator;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Snapshot of what clients did to the simulator, so tests can assert call counts (e.g. no extra polls), and of the
 * webhooks it sent.
 */
public record SimulatorStats(ProviderStats openai, ProviderStats runway, WebhookStats webhooks) {

    public SimulatorStats {
        webhooks = webhooks == null ? new WebhookStats(0, 0, 0) : webhooks;
    }

    /** Without webhooks. */
    public SimulatorStats(ProviderStats openai, ProviderStats runway) {
        this(openai, runway, null);
    }

    /**
     * The simulated OpenAI's webhook deliveries.
     *
     * @param delivered      events the receiver answered with a 2xx
     * @param failedAttempts deliveries answered otherwise, or not at all (each retry counts)
     * @param abandoned      events given up after the last attempt
     */
    public record WebhookStats(long delivered, long failedAttempts, long abandoned) {
    }

    /**
     * Counters of one simulated provider.
     *
     * @param statusPolls status requests, including those answered with an injected fault
     * @param downloads   successful video downloads (thumbnails and spritesheets are not counted)
     * @param rejected    requests answered with a 4xx error because of the request itself (injected faults and
     *                    hit limits are counted under {@code injected} instead)
     * @param throttled   Runway tasks that had to wait THROTTLED for a concurrency slot
     * @param injected    fault kind (as named in {@code simulator.faults}, e.g. {@code rate-limit},
     *                    {@code daily-quota}) to how often it struck; kinds that never struck are left out
     * @param chatCompletions calls of {@code /chat/completions} (brief expansion), whatever they were answered
     * @param moderations        calls of {@code /moderations}, whatever they were answered
     * @param moderationImages   image inputs the moderation calls carried
     * @param moderationsFlagged moderation results answered as flagged
     */
    public record ProviderStats(long jobsCreated, long statusPolls, long downloads, long rejected, long throttled,
                                Map<String, Long> injected, long chatCompletions, long moderations,
                                long moderationImages, long moderationsFlagged) {

        public ProviderStats {
            injected = injected == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(injected));
        }

        /** Counters without moderation calls. */
        public ProviderStats(long jobsCreated, long statusPolls, long downloads, long rejected, long throttled,
                             Map<String, Long> injected, long chatCompletions) {
            this(jobsCreated, statusPolls, downloads, rejected, throttled, injected, chatCompletions, 0, 0, 0);
        }

        /** Counters of video calls alone. */
        public ProviderStats(long jobsCreated, long statusPolls, long downloads, long rejected, long throttled,
                             Map<String, Long> injected) {
            this(jobsCreated, statusPolls, downloads, rejected, throttled, injected, 0);
        }

        /** Counters of a run without faults. */
        public ProviderStats(long jobsCreated, long statusPolls, long downloads, long rejected) {
            this(jobsCreated, statusPolls, downloads, rejected, 0, Map.of());
        }

        /** How often the fault of that name struck; 0 if never. */
        public long injected(String kind) {
            return injected.getOrDefault(kind, 0L);
        }
    }
}
