package com.videopipeline.simulator;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the simulator sends webhooks ({@code simulator.webhooks.*}), as OpenAI does to an endpoint set up in its
 * dashboard. Without a URL and a secret none are sent.
 *
 * @param openai the simulated OpenAI's {@code video.completed} / {@code video.failed} events
 */
public record SimulatorWebhooks(Target openai) {

    public SimulatorWebhooks {
        openai = openai == null ? Target.none() : openai;
    }

    public static SimulatorWebhooks none() {
        return new SimulatorWebhooks(Target.none());
    }

    /**
     * One receiving endpoint.
     *
     * @param url         where the events are POSTed
     * @param secret      the signing secret, {@code whsec_} + base64 like OpenAI's (a test value; never printed)
     * @param maxAttempts deliveries tried per event before giving up (OpenAI retries for days; a few do here)
     * @param retryDelay  the wait before the first retry, doubled before each further one
     */
    public record Target(URI url, String secret, @DefaultValue("4") int maxAttempts,
                         @DefaultValue("500ms") Duration retryDelay) {

        public Target {
            if (url != null && (secret == null || secret.isBlank())) {
                throw new IllegalArgumentException("simulator.webhooks: a url needs a secret to sign with");
            }
            if (maxAttempts < 1) {
                throw new IllegalArgumentException("simulator.webhooks: max-attempts must be at least 1");
            }
            retryDelay = retryDelay == null ? Duration.ofMillis(500) : retryDelay;
        }

        static Target none() {
            return new Target(null, null, 1, Duration.ofMillis(500));
        }

        /** Whether events are sent at all. */
        boolean active() {
            return url != null;
        }

        @Override
        public String toString() {
            return "Target[url=" + url + ", secret=" + (secret == null ? "(none)" : "(redacted)") + ", maxAttempts="
                    + maxAttempts + ", retryDelay=" + retryDelay + "]";
        }
    }
}
