package com.videopipeline.simulator;

import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

/**
 * Standalone provider simulator: a Spring Boot app without auto-configuration or web server that reads
 * {@code config/application.yml} like the main app and serves until the process is stopped.
 *
 * <p>Deliberately not annotated {@code @SpringBootConfiguration}: a second one under {@code com.videopipeline}
 * would make every {@code @SpringBootTest} in a sibling package fail with "Found multiple
 * {@code @SpringBootConfiguration} annotated classes". {@link SimulatorConfiguration} is the Spring source instead.
 */
public final class SimulatorApplication {

    private static final Logger log = LoggerFactory.getLogger(SimulatorApplication.class);

    private SimulatorApplication() {
    }

    public static void main(String[] args) throws InterruptedException {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(SimulatorConfiguration.class)
                .web(WebApplicationType.NONE)
                .run(args);
        ProviderSimulator simulator = context.getBeanProvider(ProviderSimulator.class).getIfAvailable();
        if (simulator == null) {
            log.warn("simulator.enabled is false: nothing to run");
            context.close();
            return;
        }
        log.info("Provider simulator running on port {}; stop the process to shut it down", simulator.port());
        CountDownLatch closed = new CountDownLatch(1);
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                closed.countDown();
            }
        });
        closed.await();
    }
}
