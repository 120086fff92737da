package com.videopipeline.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Server lifecycle: large outputs stream without buffering, stop is graceful, ports are reported correctly. */
class SimulatorLifecycleTest {

    private static final long PADDING = 64L * 1024 * 1024;

    @Test
    void shouldRefuseNewRequestsButLetRunningLargeDownloadFinishWhenStopped() throws Exception {
        SimulatorHarness sim = new SimulatorHarness(SimulatorProperties.defaults().withPort(0)
                .withGenerationTime(SimulatorHarness.GENERATION_TIME).withPaddingBytes(PADDING));
        try {
            String id = sim.createOpenAiVideo("{\"prompt\":\"big\"}");
            sim.awaitOpenAiStatus(id, Set.of("completed"));
            HttpResponse<InputStream> response = sim.http.send(
                    sim.openAi("/videos/" + id + "/content").GET().build(), HttpResponse.BodyHandlers.ofInputStream());
            long declared = response.headers().firstValueAsLong("Content-Length").orElseThrow();

            CompletableFuture<Void> stopping = CompletableFuture.runAsync(sim.simulator::stop);
            await().atMost(Duration.ofSeconds(5)).until(() -> statsStatus(sim) == 503);
            long received;
            try (InputStream in = response.body()) {
                received = in.transferTo(OutputStream.nullOutputStream());
            }

            assertThat(declared).isGreaterThan(PADDING);
            assertThat(received).isEqualTo(declared);
            stopping.get(10, TimeUnit.SECONDS);
            assertThatThrownBy(() -> sim.simulator.port()).isInstanceOf(IllegalStateException.class);
        } finally {
            sim.close();
        }
    }

    private static int statsStatus(SimulatorHarness sim) {
        return sim.send(HttpRequest.newBuilder(URI.create(sim.simulator.baseUrl() + "/simulator/stats")).GET()
                .build()).statusCode();
    }

    @Test
    void shouldStopQuicklyWhenIdle() {
        SimulatorHarness sim = SimulatorHarness.started();
        long start = System.nanoTime();

        sim.close();

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void shouldReportBoundPortAndRefuseSecondStart() {
        try (SimulatorHarness sim = SimulatorHarness.started()) {
            assertThat(sim.simulator.port()).isPositive();
            assertThat(sim.simulator.baseUrl()).isEqualTo("http://127.0.0.1:" + sim.simulator.port());
            assertThat(sim.simulator.openAiBaseUrl()).endsWith("/openai/v1");
            assertThat(sim.simulator.runwayBaseUrl()).endsWith("/runway");
            assertThatThrownBy(sim.simulator::start).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void shouldFailToStartOnPortAlreadyInUse() {
        try (SimulatorHarness first = SimulatorHarness.started()) {
            ProviderSimulator second = new ProviderSimulator(
                    SimulatorProperties.defaults().withPort(first.simulator.port()));

            assertThatThrownBy(second::start).isInstanceOf(UncheckedIOException.class)
                    .hasCauseInstanceOf(IOException.class);
        }
    }
}
