package com.videopipeline.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code GET/PUT /simulator/faults}: reading, replacing per provider, validating, and the reset to configuration. */
class FaultAdminEndpointTest {

    @AutoClose
    private SimulatorHarness sim;

    @Test
    void shouldServeTheSettingsInForceWithAllFaultsOffByDefault() {
        sim = SimulatorHarness.started();

        HttpResponse<String> response = sim.send(sim.ops("/faults").GET().build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        JsonNode faults = sim.parse(response);
        assertThat(faults.get("seed").isIntegralNumber()).as("the random seed in use, to replay a run").isTrue();
        assertThat(faults.at("/openai/http/rate-limit").asDouble()).isZero();
        assertThat(faults.at("/openai/http/retry-after").asText()).isEqualTo("2s");
        assertThat(faults.at("/openai/http/timeout-delay").asText()).isEqualTo("65s");
        assertThat(faults.at("/runway/jobs/failed").isObject()).isTrue();
        assertThat(faults.at("/runway/jobs/failed").size()).isZero();
        assertThat(faults.at("/runway/jobs/early-expiry-ttl").asText()).isEqualTo("2s");
        assertThat(faults.at("/runway/limits/max-concurrent-per-model").asInt()).isZero();
        assertThat(sim.simulator.faults().active()).isFalse();
    }

    @Test
    void shouldReplaceOnlyTheProviderNamedInAPutAndApplyItAtOnce() {
        sim = SimulatorHarness.started();
        sim.putFaults("{\"runway\":{\"jobs\":{\"failed\":{\"SAFETY.INPUT.TEXT\":0.25}}}}");

        HttpResponse<String> put = sim.send(sim.ops("/faults").PUT(SimulatorHarness.jsonBody(
                "{\"openai\":{\"http\":{\"server-error\":1,\"slow-delay\":\"1500ms\"}}}")).build());

        assertThat(put.statusCode()).isEqualTo(200);
        JsonNode answer = sim.parse(put);
        assertThat(answer).isEqualTo(sim.parse(sim.send(sim.ops("/faults").GET().build())));
        assertThat(answer.at("/openai/http/server-error").asDouble()).isEqualTo(1.0);
        assertThat(answer.at("/openai/http/slow-delay").asText()).isEqualTo("1500ms");
        assertThat(answer.at("/runway/jobs/failed/SAFETY.INPUT.TEXT").asDouble()).isEqualTo(0.25);
        assertThat(sim.postOpenAiVideo("{\"prompt\":\"p\"}").statusCode()).isEqualTo(500);
        assertThat(sim.postRunwayTask(SimulatorHarness.RUNWAY_TASK).statusCode()).isEqualTo(200);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "{\"openai\":{\"http\":{\"rate-limit\":1.5}}}                          | rate-limit",
            "{\"runway\":{\"http\":{\"slow\":-0.1}}}                               | slow",
            "{\"runway\":{\"jobs\":{\"failed\":{\"INTERNAL\":2}}}}                 | failed.INTERNAL",
            "{\"openai\":{\"http\":{\"server-error\":0.6,\"unavailable\":0.6}}}    | at most 1",
            "{\"openai\":{\"limits\":{\"daily-quota\":-1}}}                         | daily-quota",
            "{\"openai\":{\"http\":{\"timeout-delay\":\"1h\"}}}                     | timeout-delay",
            "{\"openai\":{\"http\":{\"slow-delay\":\"soon\"}}}                      | soon",
            "{\"openai\":{\"http\":{\"rate-limits\":1}}}                            | rate-limits",
            "{\"openai\":{\"http\":{\"calls\":[\"list\"]}}}                        | unknown call",
            "{\"anthropic\":{}}                                                      | anthropic",
            "{\"seed\":\"abc\"}                                                      | seed",
            "{\"openai\":                                                            | Unexpected end-of-input"})
    void shouldRefuseInvalidSettingsWith400AndKeepTheCurrentOnes(String body, String named) {
        sim = SimulatorHarness.started();
        String before = sim.send(sim.ops("/faults").GET().build()).body();

        HttpResponse<String> response = sim.send(sim.ops("/faults").PUT(SimulatorHarness.jsonBody(body)).build());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(sim.parse(response).get("error").asText()).startsWith("Invalid fault settings: ").contains(named);
        assertThat(sim.send(sim.ops("/faults").GET().build()).body()).isEqualTo(before);
    }

    @Test
    void shouldPutTheConfiguredFaultsBackOnReset() {
        HttpFaults configuredHttp = new HttpFaults(0, 0, null, 0.25, 0, 0, 0, null, 0, null, 0, null);
        FaultSettings configured = FaultSettings.none().withSeed(5L)
                .withRunway(ProviderFaults.none().withHttp(configuredHttp));
        sim = new SimulatorHarness(SimulatorProperties.defaults().withPort(0)
                .withGenerationTime(SimulatorHarness.GENERATION_TIME).withFaults(configured));
        sim.putFaults("{\"seed\":9,\"runway\":{},\"openai\":{\"limits\":{\"daily-quota\":3}}}");

        HttpResponse<String> reset = sim.send(sim.ops("/reset").POST(HttpRequest.BodyPublishers.noBody()).build());

        assertThat(reset.statusCode()).isEqualTo(204);
        assertThat(sim.simulator.faults()).isEqualTo(configured);
        assertThat(sim.parse(sim.send(sim.ops("/faults").GET().build())).at("/runway/http/server-error").asDouble())
                .isEqualTo(0.25);
    }

    @Test
    void shouldKeepTheSeedWhenSettingsAreReplacedThroughTheJavaApiWithoutOne() {
        sim = SimulatorHarness.started();
        long seed = sim.simulator.faults().seed();
        ProviderFaults slow = ProviderFaults.none().withHttp(
                new HttpFaults(0, 0, null, 0, 0, 0, 1, Duration.ofMillis(10), 0, null, 0, null));

        sim.simulator.faults(FaultSettings.none().withOpenai(slow));

        assertThat(sim.simulator.faults().seed()).isEqualTo(seed);
        assertThat(sim.simulator.faults().openai()).isEqualTo(slow);
        assertThat(sim.simulator.faults().active()).isTrue();
    }
}
