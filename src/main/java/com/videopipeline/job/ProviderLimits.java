package com.videopipeline.job;

import com.videopipeline.provider.ModelSettings;
import com.videopipeline.provider.ProviderSettings;
import com.videopipeline.provider.ProvidersProperties;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** The per-provider and per-model limits the job stages obey, read from the provider configuration. */
@Component
class ProviderLimits {

    private final ProvidersProperties providers;
    private final FinishNotices notices;

    /** Without webhooks: every provider is polled at its own pace. */
    ProviderLimits(ProvidersProperties providers) {
        this(providers, FinishNotices.NONE);
    }

    @Autowired
    ProviderLimits(ProvidersProperties providers, FinishNotices notices) {
        this.providers = providers;
        this.notices = notices;
    }

    int maxConcurrentJobs(String provider) {
        return settings(provider).maxConcurrentJobs();
    }

    /** The model's own concurrency limit, when the account has one besides the provider's. */
    OptionalInt maxConcurrentJobs(String provider, String model) {
        ModelSettings m = settings(provider).models().get(model);
        return m == null || m.maxConcurrentJobs() == null ? OptionalInt.empty() : OptionalInt.of(m.maxConcurrentJobs());
    }

    Duration pollInterval(String provider) {
        return settings(provider).pollInterval();
    }

    Duration finishPollInterval(String provider) {
        Duration finish = settings(provider).finishPollInterval();
        return finish == null ? pollInterval(provider) : finish;
    }

    /** Whether the provider announces finished jobs (webhooks), so its jobs are polled only as a backup. */
    boolean announcesFinish(String provider) {
        return notices.announces(provider);
    }

    /** The backup poll interval of a provider that announces finished jobs; empty when backup polling is off. */
    Optional<Duration> backupPollInterval(String provider) {
        return notices.backupPollInterval(provider);
    }

    /** The provider's hint wins when it asks for more patience than our minimum. */
    Duration nextPoll(String provider, Duration providerHint) {
        return patient(pollInterval(provider), providerHint);
    }

    static Duration patient(Duration ours, Duration providerHint) {
        return providerHint != null && providerHint.compareTo(ours) > 0 ? providerHint : ours;
    }

    private ProviderSettings settings(String provider) {
        return providers.providers().get(provider);
    }
}
