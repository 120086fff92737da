package com.videopipeline.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The Spring wiring: the simulator bean serves while the context lives, and can be switched off. */
class SimulatorConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(SimulatorConfiguration.class);

    @Test
    void shouldStartSimulatorBeanOnCreationAndStopItWithTheContext() throws Exception {
        int[] port = {0};
        runner.withPropertyValues("simulator.port=0", "simulator.generation-time=500ms").run(context -> {
            ProviderSimulator simulator = context.getBean(ProviderSimulator.class);
            port[0] = simulator.port();
            assertThat(context.getBean(SimulatorProperties.class).generationTime().toMillis()).isEqualTo(500);
            assertThat(get(simulator.baseUrl() + "/simulator/stats").statusCode()).isEqualTo(200);
        });

        assertThat(port[0]).isPositive();
        assertThat(canConnect(port[0])).isFalse();
    }

    @Test
    void shouldApplyFaultsFromConfigurationAtStartAndRefuseOutOfRangeOnes() {
        runner.withPropertyValues("simulator.port=0", "simulator.faults.seed=7",
                "simulator.faults.openai.http.server-error=1").run(context -> {
                    ProviderSimulator simulator = context.getBean(ProviderSimulator.class);
                    HttpRequest status = HttpRequest.newBuilder(URI.create(simulator.openAiBaseUrl()
                            + "/videos/video_1")).header("Authorization", "Bearer sk-x").GET().build();
                    HttpResponse<String> response = HttpClient.newHttpClient().send(status,
                            HttpResponse.BodyHandlers.ofString());
                    assertThat(response.statusCode()).isEqualTo(500);
                    assertThat(simulator.faults().seed()).isEqualTo(7L);
                });
        runner.withPropertyValues("simulator.port=0", "simulator.faults.runway.http.slow=2").run(context ->
                assertThat(context).getFailure().hasStackTraceContaining("slow must be a probability"));
    }

    @Test
    void shouldNotCreateSimulatorWhenDisabled() {
        runner.withPropertyValues("simulator.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(ProviderSimulator.class));
    }

    @Test
    void shouldFailStartupWithValidationErrorOnOutOfRangeSettings() {
        runner.withPropertyValues("simulator.port=0", "simulator.fps=0").run(context -> assertThat(context)
                .getFailure().hasRootCauseInstanceOf(BindValidationException.class).hasStackTraceContaining("fps"));
        runner.withPropertyValues("simulator.port=70000").run(context -> assertThat(context)
                .getFailure().hasRootCauseInstanceOf(BindValidationException.class));
    }

    @Test
    void shouldFailStartupOnNonPositiveGenerationTime() {
        runner.withPropertyValues("simulator.port=0", "simulator.generation-time=0s").run(context -> assertThat(context)
                .getFailure().hasStackTraceContaining("generationTime must be a positive duration"));
    }

    @Test
    void shouldCoexistWithConfigurationPropertiesScanOfTheMainApplication() {
        new ApplicationContextRunner().withUserConfiguration(ScanningApp.class, SimulatorConfiguration.class)
                .withPropertyValues("simulator.port=0")
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(SimulatorProperties.class);
                    assertThat(context.getBean(ProviderSimulator.class).port()).isPositive();
                });
    }

    /** Stands in for the main application, which binds every {@code @ConfigurationProperties} by scanning. */
    @ConfigurationPropertiesScan("com.videopipeline.simulator")
    static class ScanningApp {
    }

    @Test
    void shouldReturnFromMainInsteadOfWaitingForeverWhenSimulatorIsDisabled() {
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> SimulatorApplication.main(
                new String[] {"--simulator.enabled=false", "--spring.main.banner-mode=off"}));
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static boolean canConnect(int port) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
