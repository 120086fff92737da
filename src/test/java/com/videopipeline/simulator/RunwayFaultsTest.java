package com.videopipeline.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Call faults of the Runway API, each at probability 1, answered in Runway's {@code {"error":"..."}} shape. */
class RunwayFaultsTest {

    @AutoClose
    private final SimulatorHarness sim = SimulatorHarness.started();

    @Test
    void shouldAnswer429WithRetryAfterSecondsButNoRetryAfterMsWhenRateLimitStrikes() {
        sim.putFaults("{\"runway\":{\"http\":{\"rate-limit\":1,\"retry-after\":\"3s\"}}}");

        HttpResponse<String> response = sim.postRunwayTask(SimulatorHarness.RUNWAY_TASK);

        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("3");
        assertThat(response.headers().firstValue("retry-after-ms")).isEmpty();
        assertOnlyErrorMessage(response, "Too many requests. Please slow down and try again later.");
        assertThat(sim.simulator.stats().runway().jobsCreated()).isZero();
        assertThat(sim.simulator.stats().runway().rejected()).isZero();
    }

    @Test
    void shouldAnswer429WithoutRetryAfterWhenThatVariantStrikesAStatusPoll() {
        String id = sim.createRunwayTask("text_to_video", SimulatorHarness.RUNWAY_TASK);
        sim.putFaults("{\"runway\":{\"http\":{\"rate-limit-no-retry-after\":1}}}");

        HttpResponse<String> response = sim.send(sim.runway("/v1/tasks/" + id).GET().build());

        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(response.headers().firstValue("Retry-After")).isEmpty();
        assertOnlyErrorMessage(response, "Too many requests. Please slow down and try again later.");
        assertThat(sim.simulator.stats().runway().injected("rate-limit-no-retry-after")).isEqualTo(1);
    }

    @ParameterizedTest
    @CsvSource({"server-error, 500, Internal server error", "bad-gateway, 502, Bad gateway",
            "unavailable, 503, Service unavailable"})
    void shouldAnswerServerErrorsWithRunwayErrorBody(String fault, int status, String message) {
        String id = sim.createRunwayTask("text_to_video", SimulatorHarness.RUNWAY_TASK);
        sim.putFaults("{\"runway\":{\"http\":{\"" + fault + "\":1}}}");

        HttpResponse<String> response = sim.send(sim.runway("/v1/tasks/" + id).GET().build());

        assertThat(response.statusCode()).isEqualTo(status);
        assertOnlyErrorMessage(response, message);
    }

    @Test
    void shouldStartTheTaskButWithholdTheAnswerPastTheClientTimeoutWhenTimeoutStrikes() {
        sim.putFaults("{\"runway\":{\"http\":{\"timeout\":1,\"timeout-delay\":\"5s\"}}}");

        assertThatThrownBy(() -> sim.send(sim.runway("/v1/text_to_video").header("Content-Type", "application/json")
                .timeout(Duration.ofMillis(300)).POST(SimulatorHarness.jsonBody(SimulatorHarness.RUNWAY_TASK))
                .build())).hasCauseInstanceOf(HttpTimeoutException.class);

        await().atMost(Duration.ofSeconds(5)).until(() -> sim.simulator.stats().runway().injected("timeout") == 1);
        assertThat(sim.simulator.stats().runway().jobsCreated()).as("a duplicate on retry would be billed")
                .isEqualTo(1);
    }

    @Test
    void shouldSendHalfATaskBodyThatDoesNotParseWhenMalformedJsonStrikes() {
        String id = sim.createRunwayTask("text_to_video", SimulatorHarness.RUNWAY_TASK);
        sim.putFaults("{\"runway\":{\"http\":{\"malformed-json\":1}}}");

        HttpResponse<String> response = sim.send(sim.runway("/v1/tasks/" + id).GET().build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).startsWith("{\"id\":\"" + id + "\"");
        assertThatThrownBy(() -> sim.parse(response)).isInstanceOf(UncheckedIOException.class);
    }

    @Test
    void shouldStrikeOutputDownloadsFromSignedLinksToo() {
        String id = sim.createRunwayTask("text_to_video", SimulatorHarness.RUNWAY_TASK);
        sim.finishJobs();
        String url = sim.parse(sim.send(sim.runway("/v1/tasks/" + id).GET().build())).at("/output/0").asText();
        sim.putFaults("{\"runway\":{\"http\":{\"unavailable\":1}}}");

        HttpResponse<String> response = sim.send(HttpRequest.newBuilder(URI.create(url)).GET().build());

        assertThat(response.statusCode()).isEqualTo(503);
        assertOnlyErrorMessage(response, "Service unavailable");
        assertThat(sim.simulator.stats().runway().downloads()).isZero();
    }

    private void assertOnlyErrorMessage(HttpResponse<String> response, String message) {
        JsonNode body = sim.parse(response);
        assertThat(body.size()).isEqualTo(1);
        assertThat(body.get("error").asText()).isEqualTo(message);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    }
}
