package com.videopipeline.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.videopipeline.simulator.SimulatorStats.ProviderStats;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Call faults of the OpenAI Videos API, each at probability 1, answered exactly as the real API answers. */
class OpenAiFaultsTest {

    @AutoClose
    private final SimulatorHarness sim = SimulatorHarness.started();

    @Test
    void shouldAnswer429WithRetryAfterAndRetryAfterMsWhenRateLimitStrikes() {
        sim.putFaults("{\"openai\":{\"http\":{\"rate-limit\":1,\"retry-after\":\"1500ms\"}}}");

        HttpResponse<String> response = sim.postOpenAiVideo("{\"prompt\":\"p\"}");

        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(response.headers().firstValue("retry-after")).hasValue("2");
        assertThat(response.headers().firstValue("retry-after-ms")).hasValue("1500");
        JsonNode error = sim.parse(response).get("error");
        assertThat(error.get("type").asText()).isEqualTo("requests");
        assertThat(error.get("code").asText()).isEqualTo("rate_limit_exceeded");
        assertThat(error.get("param").isNull()).isTrue();
        assertThat(error.get("message").asText()).startsWith("Rate limit reached");
        ProviderStats stats = sim.simulator.stats().openai();
        assertThat(stats.jobsCreated()).isZero();
        assertThat(stats.rejected()).as("a fault is not a client mistake").isZero();
        assertThat(stats.injected()).containsExactly(entry("rate-limit", 1L));
    }

    @Test
    void shouldAnswer429WithoutAnyRetryHeaderWhenRateLimitWithoutRetryAfterStrikes() {
        String id = sim.createOpenAiVideo("{\"prompt\":\"p\"}");
        sim.putFaults("{\"openai\":{\"http\":{\"rate-limit-no-retry-after\":1}}}");

        HttpResponse<String> response = sim.send(sim.openAi("/videos/" + id).GET().build());

        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(response.headers().firstValue("retry-after")).isEmpty();
        assertThat(response.headers().firstValue("retry-after-ms")).isEmpty();
        assertThat(sim.parse(response).at("/error/code").asText()).isEqualTo("rate_limit_exceeded");
        assertThat(sim.simulator.stats().openai().statusPolls()).isEqualTo(1);
    }

    @ParameterizedTest
    @CsvSource({"server-error, 500, The server had an error", "unavailable, 503, The server is overloaded"})
    void shouldAnswerServerErrorsInOpenAiErrorShape(String fault, int status, String message) {
        String id = sim.createOpenAiVideo("{\"prompt\":\"p\"}");
        sim.putFaults("{\"openai\":{\"http\":{\"" + fault + "\":1}}}");

        HttpResponse<String> response = sim.send(sim.openAi("/videos/" + id).GET().build());

        assertThat(response.statusCode()).isEqualTo(status);
        JsonNode error = sim.parse(response).get("error");
        assertThat(error.get("type").asText()).isEqualTo("server_error");
        assertThat(error.get("code").isNull()).isTrue();
        assertThat(error.get("message").asText()).startsWith(message);
        assertThat(sim.simulator.stats().openai().injected(fault)).isEqualTo(1);
    }

    @Test
    void shouldAnswer502AsTheCloudflareGatewayErrorWithNumericCode() throws Exception {
        sim.putFaults("{\"openai\":{\"http\":{\"bad-gateway\":1}}}");

        HttpResponse<String> response = sim.postOpenAiVideo("{\"prompt\":\"p\"}");

        assertThat(response.statusCode()).isEqualTo(502);
        assertThat(sim.parse(response)).isEqualTo(sim.json.readTree(
                "{\"error\":{\"code\":502,\"message\":\"Bad gateway.\",\"param\":null,\"type\":\"cf_bad_gateway\"}}"));
    }

    @Test
    void shouldAnswerNormallyButLateWhenSlowStrikes() {
        String id = sim.createOpenAiVideo("{\"prompt\":\"p\"}");
        sim.putFaults("{\"openai\":{\"http\":{\"slow\":1,\"slow-delay\":\"300ms\"}}}");
        long started = System.nanoTime();

        HttpResponse<String> response = sim.send(sim.openAi("/videos/" + id).GET().build());

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(sim.parse(response).get("id").asText()).isEqualTo(id);
        assertThat(sim.simulator.stats().openai().injected("slow")).isEqualTo(1);
    }

    @Test
    void shouldCreateTheVideoButWithholdTheAnswerPastTheClientTimeoutWhenTimeoutStrikes() {
        sim.putFaults("{\"openai\":{\"http\":{\"timeout\":1,\"timeout-delay\":\"5s\"}}}");

        assertThatThrownBy(() -> sim.send(sim.openAi("/videos").header("Content-Type", "application/json")
                .timeout(Duration.ofMillis(300)).POST(SimulatorHarness.jsonBody("{\"prompt\":\"p\"}")).build()))
                .isInstanceOf(UncheckedIOException.class).hasCauseInstanceOf(HttpTimeoutException.class);

        await().atMost(Duration.ofSeconds(5)).until(() -> sim.simulator.stats().openai().injected("timeout") == 1);
        assertThat(sim.simulator.stats().openai().jobsCreated()).as("the provider did the work").isEqualTo(1);
        JsonNode list = sim.parse(sim.send(sim.openAi("/videos").GET().build()));
        assertThat(list.get("data")).hasSize(1);
    }

    @Test
    void shouldDropTheConnectionWithoutAnswerWhenTheTimeoutHoldEnds() {
        sim.putFaults("{\"openai\":{\"http\":{\"timeout\":1,\"timeout-delay\":\"300ms\"}}}");
        long started = System.nanoTime();

        assertThatThrownBy(() -> sim.postOpenAiVideo("{\"prompt\":\"p\"}"))
                .isInstanceOf(UncheckedIOException.class).hasCauseInstanceOf(IOException.class);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }

    @Test
    void shouldSendHalfAJsonBodyThatDoesNotParseWhenMalformedJsonStrikes() {
        String id = sim.createOpenAiVideo("{\"prompt\":\"p\"}");
        sim.putFaults("{\"openai\":{\"http\":{\"malformed-json\":1}}}");

        HttpResponse<String> response = sim.send(sim.openAi("/videos/" + id).GET().build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(response.body()).startsWith("{\"id\":\"" + id + "\"");
        assertThatThrownBy(() -> sim.parse(response)).isInstanceOf(UncheckedIOException.class);
        assertThat(sim.simulator.stats().openai().injected("malformed-json")).isEqualTo(1);
    }

    @Test
    void shouldGarbleOnlyTheCallsTheFaultsAreAimedAt() {
        sim.putFaults("{\"openai\":{\"http\":{\"malformed-json\":1,\"calls\":[\"status\"]}}}");

        // the create is not aimed at, so its answer parses; the status read is, so its answer does not
        String id = sim.createOpenAiVideo("{\"prompt\":\"p\"}");
        HttpResponse<String> status = sim.send(sim.openAi("/videos/" + id).GET().build());

        assertThat(status.statusCode()).isEqualTo(200);
        assertThatThrownBy(() -> sim.parse(status)).isInstanceOf(UncheckedIOException.class);
        assertThat(sim.simulator.stats().openai().injected()).containsExactly(entry("malformed-json", 1L));
    }

    @Test
    void shouldLoseOnlyCreateAnswersWhenATimeoutIsAimedAtCreates() {
        String id = sim.createOpenAiVideo("{\"prompt\":\"p\"}");
        sim.putFaults("{\"openai\":{\"http\":{\"timeout\":1,\"timeout-delay\":\"5s\",\"calls\":[\"create\"]}}}");

        assertThat(sim.send(sim.openAi("/videos/" + id).GET().build()).statusCode()).isEqualTo(200);
        assertThatThrownBy(() -> sim.send(sim.openAi("/videos").header("Content-Type", "application/json")
                .timeout(Duration.ofMillis(300)).POST(SimulatorHarness.jsonBody("{\"prompt\":\"q\"}")).build()))
                .isInstanceOf(UncheckedIOException.class).hasCauseInstanceOf(HttpTimeoutException.class);

        await().atMost(Duration.ofSeconds(5)).until(() -> sim.simulator.stats().openai().injected("timeout") == 1);
        assertThat(sim.simulator.stats().openai().jobsCreated()).as("the lost create did create").isEqualTo(2);
    }

    @Test
    void shouldLeaveSimulatorEndpointsAndListingAloneWhenErrorsAreCertain() {
        sim.putFaults("{\"openai\":{\"http\":{\"server-error\":1}},\"runway\":{\"http\":{\"server-error\":1}}}");

        assertThat(sim.send(sim.ops("/stats").GET().build()).statusCode()).isEqualTo(200);
        assertThat(sim.send(sim.ops("/faults").GET().build()).statusCode()).isEqualTo(200);
        assertThat(sim.send(sim.openAi("/videos").GET().build()).statusCode()).isEqualTo(200);
    }
}
