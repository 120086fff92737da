package com.videopipeline.provider;

import java.util.ArrayList;
import java.util.List;

/** Fails startup when routing names a provider or model that is not configured, instead of silently never matching. */
final class RoutingConfigCheck {

    private RoutingConfigCheck() {
    }

    static void verify(RoutingProperties routing, ProvidersProperties providers) {
        List<String> problems = new ArrayList<>();
        String defaultProvider = routing.defaultProvider();
        if (defaultProvider != null && !providers.providers().containsKey(defaultProvider)) {
            problems.add("pipeline.routing.default-provider '" + defaultProvider + "' is not a configured provider");
        }
        for (int i = 0; i < routing.rules().size(); i++) {
            String provider = routing.rules().get(i).provider();
            if (!providers.providers().containsKey(provider)) {
                problems.add("pipeline.routing.rules[" + i + "].provider '" + provider + "' is not a configured provider");
            }
        }
        routing.defaultModels().forEach((provider, model) -> {
            ProviderSettings settings = providers.providers().get(provider);
            if (settings == null || !settings.models().containsKey(model)) {
                problems.add("pipeline.routing.default-models." + provider + " '" + model + "' is not a model of " + provider);
            }
        });
        if (!problems.isEmpty()) {
            throw new IllegalStateException(String.join("; ", problems));
        }
    }
}
