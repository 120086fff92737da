package com.videopipeline.ops;

import com.videopipeline.job.ProviderCircuits;
import com.videopipeline.provider.ProviderProbe;
import com.videopipeline.provider.ProviderRegistry;
import com.videopipeline.s3.S3BucketProbe;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.actuate.health.CompositeHealthContributor;
import org.springframework.boot.actuate.health.HealthContributor;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The pipeline's own health contributors beside Boot's db and jms: {@code providers} (one per enabled provider) and
 * {@code s3}. Both are members of the readiness group (config/application.yml), which answers 503 only for DOWN:
 * an unreachable provider or bucket is OUT_OF_SERVICE there, shown but not failing, since jobs wait or fall back
 * and uploads are retried; taking the instance out of service would only stop the API as well.
 */
@Configuration(proxyBeanMethods = false)
class OpsHealthConfiguration {

    @Bean
    HealthContributor providers(ProviderRegistry registry, ProviderProbe probe, ProviderCircuits circuits,
                                OpsProperties props, Clock clock) {
        Map<String, HealthIndicator> each = new LinkedHashMap<>();
        registry.names().forEach(name -> each.put(name, new ProviderIndicator(name, probe, circuits, props, clock)));
        return CompositeHealthContributor.fromMap(each);
    }

    @Bean
    HealthIndicator s3(S3BucketProbe probe, OpsProperties props, Clock clock) {
        return new BucketsIndicator(probe, props, clock);
    }
}
