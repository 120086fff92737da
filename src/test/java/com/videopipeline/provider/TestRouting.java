package com.videopipeline.provider;

import java.util.Map;

/** The routing beans wired from the fixture YAML (plus overrides), for tests outside this package. */
public record TestRouting(ProviderRouter router, ModelCatalogue catalogue, RoutingProperties routing,
                          ProvidersProperties providers) {

    /** @param overrides properties that win over the fixture YAML, e.g. {@code pipeline.routing.*} */
    public static TestRouting with(Map<String, Object> overrides) {
        ProviderConfigFixture.Wiring wiring = ProviderConfigFixture.wiring(overrides);
        return new TestRouting(wiring.router(), wiring.catalogue(), wiring.routing(), wiring.providers());
    }
}
