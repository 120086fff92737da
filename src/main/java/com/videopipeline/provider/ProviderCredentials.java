package com.videopipeline.provider;

import java.util.Optional;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Resolves provider keys from the Spring Environment (so env vars and test properties both work). Falls back to the
 * configured non-secret loopback key only for a loopback base URL, so the simulator key can never reach a real host.
 */
@Component
class ProviderCredentials {

    private final Environment environment;
    private final ProvidersProperties properties;

    ProviderCredentials(Environment environment, ProvidersProperties properties) {
        this.environment = environment;
        this.properties = properties;
    }

    Optional<ApiKey> find(String provider) {
        ProviderSettings settings = properties.providers().get(provider);
        if (settings == null) {
            return Optional.empty();
        }
        String key = environment.getProperty(settings.apiKeyEnv());
        if (key != null && !key.isBlank()) {
            return Optional.of(new ApiKey(key.trim()));
        }
        String loopbackKey = settings.loopbackKey();
        if (loopbackKey != null && !loopbackKey.isBlank() && LoopbackHosts.isLoopback(settings.baseUrl())) {
            return Optional.of(new ApiKey(loopbackKey));
        }
        return Optional.empty();
    }

    /** The key, or a non-retryable AUTHENTICATION failure saying which variable to set. */
    ApiKey require(String provider) {
        return find(provider).orElseThrow(() -> new ProviderException(provider, FailureKind.AUTHENTICATION, 0, null,
                missingKeyMessage(provider), null, true, null));
    }

    String missingKeyMessage(String provider) {
        ProviderSettings settings = properties.providers().get(provider);
        String variable = settings == null ? "its api-key-env variable" : settings.apiKeyEnv();
        return "provider " + provider + " has no API key: set " + variable;
    }
}
