package com.videopipeline.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.videopipeline.PipelineTestSupport;
import com.videopipeline.TestSecrets;
import com.videopipeline.simulator.FaultLimits;
import com.videopipeline.simulator.FaultSettings;
import com.videopipeline.simulator.HttpFaults;
import com.videopipeline.simulator.JobFaults;
import com.videopipeline.simulator.ProviderFaults;
import com.videopipeline.simulator.ProviderSimulator;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.CompositeHealth;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What an operator watches, end to end with the simulator: the pipeline's metrics at /actuator/prometheus after a
 * batch and through a 429 storm, readiness with every dependency up, and the JMX view of jobs in flight.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// Boot's tests leave metrics to an in-memory registry unless asked: the Prometheus one is what is tested here
@AutoConfigureObservability(tracing = false)
class OpsEndToEndTest {

    private static final String KEY = TestSecrets.TEST_API_KEY;
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    static Path root;

    @Autowired
    ProviderSimulator simulator;

    @Autowired
    HealthEndpoint health;

    @Autowired
    PipelineViewRegistration view;

    @LocalServerPort
    int port;

    private OpsClient ops;
    private FaultSettings configuredFaults;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        PipelineTestSupport.register(registry, root, Map.of("pipeline.api.key", KEY,
                "pipeline.ops.ledger-every", "100ms"));
    }

    @BeforeEach
    void client() {
        ops = new OpsClient(port, KEY);
        configuredFaults = simulator.faults();
    }

    @AfterEach
    void restoreFaults() {
        simulator.faults(configuredFaults);
    }

    @Test
    void shouldPublishThePipelinesMetricsForADeliveredBatch() {
        PrometheusText before = ops.scrape();

        String batch = submit("""
                {"name": "metrics", "requests": [
                  {"id": "harbour", "prompt": "a harbour at dawn", "seconds": 4, "provider": "runway"},
                  {"id": "dunes", "prompt": "wind over dunes", "seconds": 4, "provider": "sora"}]}""");
        JsonNode done = awaitBatch(batch, b -> b.get("complete").asBoolean());
        await().atMost(WAIT).until(() -> delta(before, ops.scrape(), "pipeline_jobs", "state", "DELIVERED") == 2);
        PrometheusText after = ops.scrape();

        assertThat(done.get("delivered").asInt()).isEqualTo(2);
        assertThat(delta(before, after, "pipeline_deliveries_total", "target", "outbox", "outcome", "delivered"))
                .isEqualTo(2);
        assertThat(delta(before, after, "pipeline_cost_usd_total"))
                .isCloseTo(done.get("actualCostUsd").asDouble(), within(0.0001)).isPositive();
        assertThat(delta(before, after, "pipeline_cost_usd_total", "provider", "runway", "model", "gen4.5"))
                .isPositive();
        for (String provider : Set.of("runway", "sora")) {
            assertThat(delta(before, after, "pipeline_provider_request_seconds_count", "provider", provider,
                    "call", "create", "outcome", "ok")).as(provider + " creates").isEqualTo(1);
            assertThat(delta(before, after, "pipeline_provider_request_seconds_count", "provider", provider,
                    "call", "status")).as(provider + " status polls").isPositive();
            assertThat(delta(before, after, "pipeline_provider_request_seconds_count", "provider", provider,
                    "call", "download", "outcome", "ok")).as(provider + " downloads").isPositive();
            assertThat(after.sum("pipeline_provider_request_seconds_sum", "provider", provider)).isPositive();
            assertThat(after.has("pipeline_provider_in_flight", "provider", provider)).isTrue();
            assertThat(after.sum("resilience4j_circuitbreaker_state", "name", provider, "state", "closed"))
                    .isEqualTo(1);
        }
        assertThat(after.has("pipeline_provider_request_seconds_bucket", "le", "1.0")).as("latency histogram")
                .isTrue();
        assertThat(after.has("pipeline_jobs", "state", "UNCERTAIN")).as("every state, 0 included").isTrue();
        assertThat(after.sum("camel_exchanges_total", "routeId", "deliver-video"))
                .as("Camel's route metrics").isGreaterThanOrEqualTo(2);
    }

    @Test
    void shouldCountRateLimitsQuotaRefusalsAndTheRetriesTheyCause() {
        PrometheusText before = ops.scrape();
        simulator.faults(configuredFaults.withRunway(ProviderFaults.none().withHttp(
                new HttpFaults(1, 0, Duration.ofMillis(100), 0, 0, 0, 0, null, 0, null, 0, Set.of("create")))));

        String slowedDown = submit("""
                [{"id": "kite", "prompt": "a kite over a beach", "seconds": 4, "provider": "runway"},
                 {"id": "gull", "prompt": "a gull on a post", "seconds": 4, "provider": "runway"}]""");
        await().atMost(WAIT).until(() -> delta(before, ops.scrape(), "pipeline_job_retries_total",
                "provider", "runway", "reason", "rate_limited") >= 2);
        simulator.faults(configuredFaults);
        awaitBatch(slowedDown, b -> b.get("delivered").asInt() == 2);

        // a quota of one create from now on: one of the two is made, the other refused for the day
        simulator.faults(configuredFaults.withRunway(ProviderFaults.none().withLimits(new FaultLimits(0, 0, 1))));
        String overQuota = submit("""
                [{"id": "lamp", "prompt": "a lamp in the fog", "seconds": 4, "provider": "runway"},
                 {"id": "lantern", "prompt": "a lantern in the fog", "seconds": 4, "provider": "runway"}]""");
        JsonNode quotaBatch = awaitBatch(overQuota, b -> b.get("complete").asBoolean());
        PrometheusText after = ops.scrape();

        double rateLimited = delta(before, after, "pipeline_provider_http_429_total", "provider", "runway",
                "kind", "rate");
        assertThat(rateLimited).isGreaterThanOrEqualTo(2);
        assertThat(delta(before, after, "pipeline_provider_request_seconds_count", "provider", "runway",
                "call", "create", "outcome", "rate_limited")).isEqualTo(rateLimited);
        assertThat(delta(before, after, "pipeline_job_retries_total", "provider", "runway", "reason",
                "rate_limited")).isEqualTo(rateLimited);
        assertThat(delta(before, after, "pipeline_provider_http_429_total", "provider", "runway", "kind", "quota"))
                .isEqualTo(1);
        assertThat(delta(before, after, "pipeline_job_retries_total", "reason", "quota_exhausted"))
                .as("a spent quota is not retried").isZero();
        assertThat(quotaBatch.at("/counts/FAILED").asInt()).isEqualTo(1);
    }

    @Test
    void shouldBeReadyAndAliveWithEveryDependencyUpAndShowTheDetailsOnlyToTheAuthorised() {
        OpsClient.Answer readiness = ops.getAnonymously("/actuator/health/readiness");
        OpsClient.Answer liveness = ops.getAnonymously("/actuator/health/liveness");
        CompositeHealth detailed = (CompositeHealth) health.healthForPath("readiness");
        CompositeHealth providers = (CompositeHealth) detailed.getComponents().get("providers");

        assertThat(readiness.status()).isEqualTo(200);
        assertThat(readiness.json().get("status").asText()).isEqualTo("UP");
        assertThat(readiness.json().has("components")).as("no details for a stranger").isFalse();
        assertThat(ops.get("/actuator/health/readiness").json().at("/components/providers/components/sora/status")
                .asText()).as("details for a caller with the key").isEqualTo("UP");
        assertThat(liveness.status()).isEqualTo(200);
        assertThat(detailed.getStatus()).isEqualTo(Status.UP);
        assertThat(detailed.getComponents()).containsOnlyKeys("readinessState", "db", "jms", "providers", "s3");
        assertThat(detailed.getComponents().get("s3").getStatus()).as("delivery to S3 is off")
                .isEqualTo(Status.UNKNOWN);
        assertThat(providers.getComponents()).containsOnlyKeys("sora", "runway");
        providers.getComponents().values().forEach(provider -> {
            assertThat(provider.getStatus()).isEqualTo(Status.UP);
            assertThat(((Health) provider).getDetails()).containsEntry("circuit", "CLOSED")
                    .hasEntrySatisfying("reason", reason -> assertThat(reason.toString()).contains("answered 200"));
        });
    }

    @Test
    void shouldShowJobsInFlightCircuitsBudgetsAndOpenBatchesInJmx() throws Exception {
        simulator.faults(configuredFaults.withRunway(ProviderFaults.none().withJobs(
                new JobFaults(Map.of(), 1, 0, 0, 0, null))));
        String batch = submit("""
                {"name": "jmx", "budget": {"usd": 5}, "requests": [
                  {"id": "mill", "prompt": "a windmill turning", "seconds": 4, "provider": "runway"},
                  {"id": "barn", "prompt": "a red barn", "seconds": 4, "provider": "runway"}]}""");

        await().atMost(WAIT).until(() -> JmxAttributes.map(attribute("InFlightByProvider")).get("runway"),
                inFlight -> Integer.valueOf(2).equals(inFlight));
        await().atMost(WAIT).until(() -> JmxAttributes.strings(attribute("OpenBatches")),
                lines -> lines.stream().anyMatch(line -> line.startsWith("batch " + batch + ": 0/2 delivered")));
        Map<String, Object> budgets = JmxAttributes.map(attribute("OpenBatchBudgets"));
        Map<String, Object> circuits = JmxAttributes.map(attribute("CircuitStates"));
        Map<String, Object> limits = JmxAttributes.map(attribute("MaxConcurrentByProvider"));
        int uncertain = (Integer) attribute("UncertainJobs");
        for (String job : Set.of("mill", "barn")) {
            // 503 while a poll holds the job: asked again
            await().atMost(WAIT).until(() -> ops.post("/api/jobs/" + batch + "/" + job + "/cancel", "").status(),
                    status -> status == 200);
        }
        await().atMost(WAIT).until(() -> JmxAttributes.strings(attribute("OpenBatches")),
                lines -> lines.stream().noneMatch(line -> line.startsWith("batch " + batch + ":")));

        assertThat(budgets).hasEntrySatisfying(batch, line -> assertThat(line.toString()).contains("of $5.00"));
        assertThat(circuits).containsEntry("runway", "CLOSED").containsEntry("sora", "CLOSED");
        assertThat(limits).containsEntry("runway", 2).containsEntry("sora", 2);
        assertThat(uncertain).isZero();
        assertThat((Integer) attribute("QueuedJobs")).isZero();
        assertThat(JmxAttributes.map(attribute("JobsByState"))).containsEntry("CANCELLED", 2);
    }

    private Object attribute(String name) throws Exception {
        return ManagementFactory.getPlatformMBeanServer().getAttribute(view.name(), name);
    }

    private String submit(String body) {
        OpsClient.Answer answer = ops.post("/api/batches", body);
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json().get("batch").asText();
    }

    private JsonNode awaitBatch(String batch, Predicate<JsonNode> condition) {
        return await().atMost(WAIT).until(() -> ops.get("/api/batches/" + batch).json(), condition);
    }

    private static double delta(PrometheusText before, PrometheusText after, String name, String... labels) {
        return after.sum(name, labels) - before.sum(name, labels);
    }
}
