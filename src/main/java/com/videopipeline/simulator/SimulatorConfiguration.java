package com.videopipeline.simulator;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Runs the provider simulator inside a Spring context unless {@code simulator.enabled=false}. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "simulator", name = "enabled", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties(SimulatorProperties.class)
public class SimulatorConfiguration {

    @Bean(initMethod = "start", destroyMethod = "stop")
    public ProviderSimulator providerSimulator(SimulatorProperties properties) {
        return new ProviderSimulator(properties);
    }
}
