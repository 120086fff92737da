package com.videopipeline.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * Account limits: concurrency per model (Runway throttles, OpenAI refuses), requests per minute, and the daily
 * quota, whose 429 a client can tell from a rate 429 exactly as with the real APIs. Jobs take an hour here and
 * the clock is moved, so nothing waits.
 */
class FaultLimitsTest {

    private static final Duration HOUR = Duration.ofHours(1);
    private static final String VEO_TASK =
            "{\"model\":\"veo3.1\",\"promptText\":\"p\",\"ratio\":\"1280:720\",\"duration\":4}";

    @AutoClose
    private final SimulatorHarness sim = SimulatorHarness.started(HOUR);

    @Test
    void shouldKeepSecondRunwayTaskThrottledUntilTheFirstFinishes() {
        sim.putFaults("{\"runway\":{\"limits\":{\"max-concurrent-per-model\":1}}}");
        String first = sim.createRunwayTask("text_to_video", SimulatorHarness.RUNWAY_TASK);
        String second = sim.createRunwayTask("text_to_video", SimulatorHarness.RUNWAY_TASK);

        JsonNode waiting = runwayTask(second);
        sim.clock.advance(HOUR.dividedBy(2));
        String secondMidway = runwayStatus(second);
        String firstMidway = runwayStatus(first);
        sim.finishJobs();
        String firstDone = runwayStatus(first);
        String secondAfter = runwayStatus(second);
        sim.finishJobs();

        assertThat(waiting.get("status").asText()).isEqualTo("THROTTLED");
        assertThat(waiting.has("progress")).isFalse();
        assertThat(firstMidway).isEqualTo("RUNNING");
        assertThat(secondMidway).isEqualTo("THROTTLED");
        assertThat(firstDone).isEqualTo("SUCCEEDED");
        assertThat(secondAfter).isEqualTo("PENDING");
        assertThat(runwayStatus(second)).isEqualTo("SUCCEEDED");
        assertThat(sim.simulator.stats().runway().throttled()).isEqualTo(1);
        assertThat(sim.simulator.stats().runway().jobsCreated()).isEqualTo(2);
    }

    @Test
    void shouldStartThrottledRunwayTaskWhenTheTaskHoldingTheSlotIsCancelled() {
        sim.putFaults("{\"runway\":{\"limits\":{\"max-concurrent-per-model\":1}}}");
        String first = sim.createRunwayTask("text_to_video", SimulatorHarness.RUNWAY_TASK);
        String second = sim.createRunwayTask("text_to_video", SimulatorHarness.RUNWAY_TASK);

        int cancelled = sim.send(sim.runway("/v1/tasks/" + first).DELETE().build()).statusCode();

        assertThat(cancelled).isEqualTo(204);
        assertThat(runwayStatus(second)).isEqualTo("PENDING");
    }

    @Test
    void shouldGiveEachRunwayModelItsOwnConcurrencySlots() {
        sim.putFaults("{\"runway\":{\"limits\":{\"max-concurrent-per-model\":1}}}");
        String gen = sim.createRunwayTask("text_to_video", SimulatorHarness.RUNWAY_TASK);
        String veo = sim.createRunwayTask("text_to_video", VEO_TASK);

        assertThat(runwayStatus(gen)).isEqualTo("PENDING");
        assertThat(runwayStatus(veo)).isEqualTo("PENDING");
        assertThat(sim.simulator.stats().runway().throttled()).isZero();
    }

    @Test
    void shouldRefuseSecondOpenAiCreateWith429UntilTheFirstVideoFinishes() {
        sim.putFaults("{\"openai\":{\"limits\":{\"max-concurrent-per-model\":1}}}");
        sim.createOpenAiVideo("{\"prompt\":\"first\"}");

        HttpResponse<String> refused = sim.postOpenAiVideo("{\"prompt\":\"second\"}");
        sim.finishJobs();
        HttpResponse<String> accepted = sim.postOpenAiVideo("{\"prompt\":\"second\"}");

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("retry-after")).hasValue("2");
        JsonNode error = sim.parse(refused).get("error");
        assertThat(error.get("code").asText()).isEqualTo("rate_limit_exceeded");
        assertThat(error.get("message").asText()).contains("sora-2").contains("concurrent");
        assertThat(accepted.statusCode()).isEqualTo(200);
        assertThat(sim.simulator.stats().openai().injected("concurrency-limit")).isEqualTo(1);
    }

    @Test
    void shouldAnswer429WithRetryAfterOnceTheRequestsOfAMinuteAreUsedUp() {
        sim.putFaults("{\"openai\":{\"limits\":{\"requests-per-minute\":2}}}");
        HttpRequest list = sim.openAi("/videos").GET().build();
        sim.send(list);
        sim.clock.advance(Duration.ofSeconds(15));
        sim.send(list);

        HttpResponse<String> limited = sim.send(list);
        sim.clock.advance(Duration.ofSeconds(46));
        HttpResponse<String> again = sim.send(list);

        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("retry-after")).hasValue("45");
        assertThat(limited.headers().firstValue("retry-after-ms").map(Long::valueOf)).hasValueSatisfying(
                millis -> assertThat(millis).isBetween(44_000L, 45_000L));
        assertThat(limited.headers().firstValue("x-ratelimit-limit-requests")).hasValue("2");
        assertThat(limited.headers().firstValue("x-ratelimit-remaining-requests")).hasValue("0");
        assertThat(sim.parse(limited).at("/error/message").asText()).contains("requests per min (RPM): Limit 2");
        assertThat(again.statusCode()).isEqualTo(200);
    }

    @Test
    void shouldNotCountRunwayOutputDownloadsAgainstTheRequestRate() {
        String id = sim.createRunwayTask("text_to_video", SimulatorHarness.RUNWAY_TASK);
        sim.finishJobs();
        sim.putFaults("{\"runway\":{\"limits\":{\"requests-per-minute\":1}}}");
        String url = runwayTask(id).at("/output/0").asText();

        int download = sim.send(HttpRequest.newBuilder(URI.create(url)).GET().build()).statusCode();
        HttpResponse<String> limited = sim.send(sim.runway("/v1/tasks/" + id).GET().build());

        assertThat(download).isEqualTo(200);
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).hasValue("60");
        assertThat(sim.parse(limited).get("error").asText()).startsWith("Too many requests");
    }

    @Test
    void shouldTellOpenAiQuota429FromRate429ByTypeCodeAndRetryHeaders() {
        sim.putFaults("{\"openai\":{\"limits\":{\"daily-quota\":1,\"requests-per-minute\":3}}}");
        sim.createOpenAiVideo("{\"prompt\":\"p\"}");

        HttpResponse<String> quota = sim.postOpenAiVideo("{\"prompt\":\"p\"}");
        sim.send(sim.openAi("/videos").GET().build());
        HttpResponse<String> rate = sim.postOpenAiVideo("{\"prompt\":\"p\"}");

        assertThat(quota.statusCode()).isEqualTo(429);
        assertThat(sim.parse(quota).get("error").get("type").asText()).isEqualTo("insufficient_quota");
        assertThat(sim.parse(quota).get("error").get("code").asText()).isEqualTo("insufficient_quota");
        assertThat(sim.parse(quota).get("error").get("message").asText())
                .startsWith("You exceeded your current quota");
        assertThat(quota.headers().firstValue("retry-after")).as("waiting does not help").isEmpty();
        assertThat(rate.statusCode()).isEqualTo(429);
        assertThat(sim.parse(rate).get("error").get("type").asText()).isEqualTo("requests");
        assertThat(sim.parse(rate).get("error").get("code").asText()).isEqualTo("rate_limit_exceeded");
        assertThat(rate.headers().firstValue("retry-after")).isPresent();
        assertThat(sim.simulator.stats().openai().injected()).containsEntry("daily-quota", 1L)
                .containsEntry("requests-per-minute", 1L);
    }

    @Test
    void shouldRefreshTheOpenAiQuotaAfterARolling24Hours() {
        sim.putFaults("{\"openai\":{\"limits\":{\"daily-quota\":1}}}");
        sim.createOpenAiVideo("{\"prompt\":\"p\"}");
        int exhausted = sim.postOpenAiVideo("{\"prompt\":\"p\"}").statusCode();

        sim.clock.advance(Duration.ofHours(24));

        assertThat(exhausted).isEqualTo(429);
        assertThat(sim.postOpenAiVideo("{\"prompt\":\"p\"}").statusCode()).isEqualTo(200);
    }

    @Test
    void shouldTellRunwayDailyLimit429FromRate429ByMessageAndCountItPerModel() {
        sim.putFaults("{\"runway\":{\"limits\":{\"daily-quota\":1}}}");
        sim.createRunwayTask("text_to_video", SimulatorHarness.RUNWAY_TASK);

        HttpResponse<String> quota = sim.postRunwayTask(SimulatorHarness.RUNWAY_TASK);
        HttpResponse<String> otherModel = sim.postRunwayTask(VEO_TASK);
        sim.putFaults("{\"runway\":{\"http\":{\"rate-limit\":1}}}");
        HttpResponse<String> rate = sim.postRunwayTask(VEO_TASK);

        assertThat(quota.statusCode()).isEqualTo(429);
        assertThat(sim.parse(quota).get("error").asText())
                .startsWith("You have reached the daily generation limit for gen4.5");
        assertThat(quota.headers().firstValue("Retry-After")).isEmpty();
        assertThat(otherModel.statusCode()).isEqualTo(200);
        assertThat(rate.statusCode()).isEqualTo(429);
        assertThat(sim.parse(rate).get("error").asText()).startsWith("Too many requests")
                .doesNotContain("daily");
    }

    private JsonNode runwayTask(String id) {
        return sim.parse(sim.send(sim.runway("/v1/tasks/" + id).GET().build()));
    }

    private String runwayStatus(String id) {
        return runwayTask(id).get("status").asText();
    }
}
