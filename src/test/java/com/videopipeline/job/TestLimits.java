package com.videopipeline.job;

import com.videopipeline.provider.ProvidersProperties;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** Provider limits bound from properties the way Spring Boot binds config/application.yml, without a context. */
final class TestLimits {

    private TestLimits() {
    }

    /** One runway provider with model gen4.5 (and gen4_turbo), plus the given {@code pipeline.providers.runway.*}. */
    static ProviderLimits runway(Map<String, String> settings) {
        Map<String, String> p = new HashMap<>();
        p.put("pipeline.providers.runway.type", "runway");
        p.put("pipeline.providers.runway.base-url", "http://127.0.0.1:1/runway");
        p.put("pipeline.providers.runway.api-key-env", "RUNWAYML_API_SECRET");
        for (String model : new String[] {"[gen4.5]", "[gen4_turbo]"}) {
            String m = "pipeline.providers.runway.models." + model + ".";
            p.put(m + "seconds[0]", "8");
            p.put(m + "sizes[0]", "1280x720");
            p.put(m + "inputs[0]", "text");
            p.put(m + "price-per-second", "0.12");
        }
        settings.forEach((k, v) -> p.put("pipeline.providers.runway." + k, v));
        ProvidersProperties props = new Binder(new MapConfigurationPropertySource(p))
                .bind("pipeline", ProvidersProperties.class).get();
        return new ProviderLimits(props);
    }
}
