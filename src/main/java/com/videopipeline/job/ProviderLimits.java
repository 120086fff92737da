package com.videopipeline.job;

import com.videopipeline.provider.ProvidersProperties;
import java.time.Duration;
import org.springframework.stereotype.Component;

/** The per-provider limits the job stages obey, read from the provider configuration. */
@Component
class ProviderLimits {

    private final ProvidersProperties providers;

    ProviderLimits(ProvidersProperties providers) {
        this.providers = providers;
    }

    int maxConcurrentJobs(String provider) {
        return providers.providers().get(provider).maxConcurrentJobs();
    }

    Duration pollInterval(String provider) {
        return providers.providers().get(provider).pollInterval();
    }

    /** The provider's hint wins when it asks for more patience than our minimum. */
    Duration nextPoll(String provider, Duration providerHint) {
        Duration min = pollInterval(provider);
        return providerHint != null && providerHint.compareTo(min) > 0 ? providerHint : min;
    }
}
