package com.videopipeline.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.videopipeline.PipelineTestSupport;
import com.videopipeline.TestSecrets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.CompositeHealth;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.util.TestSocketUtils;

/**
 * Provider health against the real simulator and a port nobody listens on: a refused key is DOWN and fails
 * readiness; an unreachable provider is OUT_OF_SERVICE, and once its jobs' failed calls open its circuit it says
 * so, without probing it again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProviderHealthTest {

    private static final String KEY = TestSecrets.TEST_API_KEY;
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final int NOBODY = TestSocketUtils.findAvailableTcpPort();

    @TempDir
    static Path root;

    @Autowired
    HealthEndpoint health;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        PipelineTestSupport.register(registry, root, Map.of("pipeline.api.key", KEY,
                "pipeline.providers.sora.base-url", "http://127.0.0.1:" + NOBODY + "/openai/v1",
                // the simulator takes only key_... keys, as Runway takes only its own
                "RUNWAYML_API_SECRET", "not-a-runway-key",
                "pipeline.moderation.api.enabled", "false",
                "pipeline.ops.probe-every", "100ms",
                "pipeline.circuit-breaker.window", "4",
                "pipeline.circuit-breaker.open-for", "5m"));
    }

    @Test
    void shouldReportAProviderThatRefusesOurKeyDownAndFailReadiness() {
        Health runway = provider("runway");
        OpsClient.Answer readiness = new OpsClient(port, KEY).getAnonymously("/actuator/health/readiness");

        assertThat(runway.getStatus()).isEqualTo(Status.DOWN);
        assertThat(runway.getDetails().get("reason").toString()).startsWith("runway: 401");
        assertThat(readiness.status()).isEqualTo(503);
        assertThat(readiness.json().get("status").asText()).isEqualTo("DOWN");
    }

    @Test
    void shouldReportAnUnreachableProviderOutOfServiceAndThenItsOpenCircuit() {
        Health unreachable = provider("sora");
        OpsClient ops = new OpsClient(port, KEY);
        OpsClient.Answer submitted = ops.post("/api/batches", """
                [{"id": "one", "prompt": "a fox in snow", "seconds": 4, "provider": "sora"},
                 {"id": "two", "prompt": "a hare in snow", "seconds": 4, "provider": "sora"}]""");
        Health resting = await().atMost(WAIT).until(() -> provider("sora"),
                h -> "OPEN".equals(h.getDetails().get("circuit")));

        assertThat(unreachable.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
        assertThat(unreachable.getDetails()).containsEntry("circuit", "CLOSED")
                .containsEntry("reason", "sora: could not connect (ConnectException)");
        assertThat(submitted.status()).isEqualTo(201);
        assertThat(resting.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
        assertThat(resting.getDetails().get("reason").toString()).contains("circuit open");
    }

    private Health provider(String name) {
        CompositeHealth providers = (CompositeHealth) health.healthForPath("readiness", "providers");
        return (Health) providers.getComponents().get(name);
    }
}
