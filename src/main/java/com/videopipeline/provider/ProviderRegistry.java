package com.videopipeline.provider;

import com.videopipeline.metrics.PipelineMetrics;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** One client per enabled provider entry, created from config, looked up by the name routing chose. */
@Component("providerRegistry")
public class ProviderRegistry {

    private final Map<String, VideoProvider> providers;

    ProviderRegistry(ProvidersProperties properties, ProviderCredentials credentials, ErrorClassifier classifier) {
        this(properties, credentials, classifier, PipelineMetrics.none());
    }

    @Autowired
    ProviderRegistry(ProvidersProperties properties, ProviderCredentials credentials, ErrorClassifier classifier,
                     PipelineMetrics metrics) {
        Map<String, VideoProvider> built = new LinkedHashMap<>();
        properties.providers().forEach((name, settings) -> {
            if (settings.enabled()) {
                built.put(name, ProviderClients.create(name, settings, credentials, classifier, metrics));
            }
        });
        this.providers = Collections.unmodifiableMap(built);
    }

    /** The client for {@code name}; a non-retryable failure when it is not configured or is disabled. */
    public VideoProvider get(String name) {
        VideoProvider provider = providers.get(name);
        if (provider == null) {
            throw new ProviderException(name, FailureKind.BAD_REQUEST, 0, null,
                    "provider " + name + " is not configured or is disabled; enabled: "
                            + String.join(", ", providers.keySet()), null, true, null);
        }
        return provider;
    }

    /** Enabled provider names, in config order. */
    public Set<String> names() {
        return providers.keySet();
    }
}
