package com.videopipeline.provider;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Says whether a provider may be routed to right now (configured, enabled, has a key) and, if not, why. */
@Component
class ProviderAvailability {

    private final ProvidersProperties properties;
    private final ProviderCredentials credentials;

    ProviderAvailability(ProvidersProperties properties, ProviderCredentials credentials) {
        this.properties = properties;
        this.credentials = credentials;
    }

    /** Empty when usable, else a reason fit for a rejection message. */
    Optional<String> whyUnusable(String provider) {
        ProviderSettings settings = properties.providers().get(provider);
        if (settings == null) {
            return Optional.of("unknown provider " + provider + "; configured: "
                    + String.join(", ", properties.providers().keySet()));
        }
        if (!settings.enabled()) {
            return Optional.of("provider " + provider + " is disabled");
        }
        if (credentials.find(provider).isEmpty()) {
            return Optional.of(credentials.missingKeyMessage(provider));
        }
        return Optional.empty();
    }

    boolean isUsable(String provider) {
        return whyUnusable(provider).isEmpty();
    }

    /** Usable providers in config order. */
    List<String> usable() {
        return properties.providers().keySet().stream().filter(this::isUsable).toList();
    }

    /** Reasons for every configured provider that is not usable, in config order. */
    List<String> unusableReasons() {
        return properties.providers().keySet().stream()
                .map(this::whyUnusable).flatMap(Optional::stream).toList();
    }
}
