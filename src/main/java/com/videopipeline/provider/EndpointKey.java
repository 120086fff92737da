package com.videopipeline.provider;

import java.net.URI;
import java.util.Optional;
import org.springframework.core.env.Environment;

/**
 * The key of an OpenAI-style endpoint outside the provider registry (brief expansion, moderation), read from the
 * Spring Environment (environment variables and test properties alike) at each call, so a rotated key is used
 * without a restart. The configured loopback key stands in only for a loopback base URL, so the simulator's key can
 * never reach a real host. The key is never kept or logged.
 */
public final class EndpointKey {

    private final Environment environment;
    private final String apiKeyEnv;
    private final String loopbackKey;
    private final URI baseUrl;

    public EndpointKey(Environment environment, String apiKeyEnv, String loopbackKey, URI baseUrl) {
        this.environment = environment;
        this.apiKeyEnv = apiKeyEnv;
        this.loopbackKey = loopbackKey;
        this.baseUrl = baseUrl;
    }

    /** The value of the Authorization header, or empty when there is no key for this base URL. */
    public Optional<String> authorization() {
        String key = environment.getProperty(apiKeyEnv);
        if (key != null && !key.isBlank()) {
            return Optional.of("Bearer " + key.strip());
        }
        if (loopbackKey != null && !loopbackKey.isBlank() && LoopbackHosts.isLoopback(baseUrl)) {
            return Optional.of("Bearer " + loopbackKey.strip());
        }
        return Optional.empty();
    }

    /** Why there is no key, naming the variable to set (never a key). */
    public String missing() {
        return "no API key for " + baseUrl.getHost() + ": set " + apiKeyEnv;
    }

    @Override
    public String toString() {
        return "EndpointKey[" + apiKeyEnv + "]";
    }
}
