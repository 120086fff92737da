package com.videopipeline.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.videopipeline.PipelineTestSupport;
import com.videopipeline.SimulatorTasks;
import com.videopipeline.TestSecrets;
import com.videopipeline.simulator.FaultSettings;
import com.videopipeline.simulator.JobFaults;
import com.videopipeline.simulator.ProviderFaults;
import com.videopipeline.simulator.ProviderSimulator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The REST API end to end, with the built-in simulator: submissions become delivered videos visible through the
 * API, invalid ones are answered per field, the key is required, an idempotency key never pays twice, jobs are
 * cancelled locally and at Runway, failed jobs are replayed, campaigns run on demand, and the OpenAPI document lists
 * every operation.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RestApiEndToEndTest {

    private static final String KEY = TestSecrets.TEST_API_KEY;
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    static Path root;

    @Autowired
    ProviderSimulator simulator;

    @LocalServerPort
    int port;

    private ApiClient api;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        PipelineTestSupport.register(registry, root, Map.of("pipeline.api.key", KEY,
                "pipeline.campaigns.dir", root.resolve("campaigns").toString(),
                "pipeline.campaigns.watch-interval", "200ms"));
    }

    @BeforeEach
    void client() {
        api = new ApiClient(port, KEY);
    }

    @Test
    void shouldDeliverASubmittedBatchAndShowItsJobsThroughTheApi() {
        ApiClient.Answer answer = api.post("/api/batches", """
                {"name": "rest demo", "requests": [
                  {"id": "lighthouse", "prompt": "a lighthouse at dusk", "seconds": 4},
                  {"id": "waves", "prompt": "waves on rocks", "seconds": 4, "provider": "sora"},
                  {"id": "typo", "prompt": "a meadow", "second": 4}]}""");

        assertThat(answer.status()).isEqualTo(201);
        JsonNode created = answer.json();
        String batch = created.get("batch").asText();
        assertThat(batch).startsWith("rest-demo-");
        assertThat(answer.location()).isEqualTo("/api/batches/" + batch);
        assertThat(created.get("accepted").asInt()).isEqualTo(2);
        assertThat(created.at("/entries/0/job").asText()).isEqualTo("lighthouse");
        assertThat(created.at("/entries/1/provider").asText()).isEqualTo("sora");
        assertThat(created.at("/entries/2/status").asText()).isEqualTo("rejected");
        assertThat(created.at("/entries/2/errors/second/0").asText()).contains("did you mean 'seconds'");

        // complete comes first; the manifest (after the batch report) is recorded a moment later
        JsonNode done = api.awaitJson("/api/batches/" + batch, WAIT,
                b -> b.get("complete").asBoolean() && b.hasNonNull("manifest"));
        JsonNode job = api.get("/api/jobs/" + batch + "/lighthouse").json();

        assertThat(done.get("delivered").asInt()).isEqualTo(2);
        assertThat(done.at("/counts/DELIVERED").asInt()).isEqualTo(2);
        assertThat(Path.of(done.get("manifest").asText())).exists();
        assertThat(job.get("state").asText()).isEqualTo("DELIVERED");
        assertThat(job.get("provider").asText()).isEqualTo("runway");
        assertThat(job.get("providerJobId").asText()).isNotBlank();
        assertThat(job.get("attempts").asInt()).isEqualTo(1);
        assertThat(job.get("failure").isNull()).isTrue();
        assertThat(Path.of(job.get("output").asText())).exists().hasFileName("lighthouse.mp4");
        assertThat(job.get("estimatedCostUsd").decimalValue()).isPositive();
        assertThat(api.get("/api/jobs/" + batch + "/no-such-job").status()).isEqualTo(404);
        assertThat(api.get("/api/batches/no-such-batch").status()).isEqualTo(404);
    }

    @Test
    void shouldListJobsByStateAndBatchNewestFirst() {
        String batch = api.post("/api/batches", """
                [{"id": "one", "prompt": "a red kite", "seconds": 4},
                 {"id": "two", "prompt": "a blue kite", "seconds": 4}]""").json().get("batch").asText();
        api.awaitJson("/api/batches/" + batch, WAIT, b -> b.get("complete").asBoolean());

        JsonNode byBatch = api.get("/api/jobs?batch=" + batch).json();
        JsonNode delivered = api.get("/api/jobs?state=delivered&batch=" + batch + "&limit=1").json();

        assertThat(byBatch.get("count").asInt()).isEqualTo(2);
        assertThat(byBatch.at("/jobs/0/id").asText()).as("newest first").isEqualTo("two");
        assertThat(delivered.get("state").asText()).isEqualTo("DELIVERED");
        assertThat(delivered.get("jobs")).singleElement()
                .satisfies(j -> assertThat(j.get("batch").asText()).isEqualTo(batch));
        assertThat(api.get("/api/jobs?state=QUEUED&batch=" + batch).json().get("count").asInt()).isZero();
        assertThat(api.get("/api/jobs?state=LOST").status()).isEqualTo(400);
        assertThat(api.get("/api/jobs?limit=0").status()).isEqualTo(400);
    }

    @Test
    void shouldAnswer400WithEachFieldsProblemsWhenNoEntryIsValid() {
        ApiClient.Answer invalid = api.post("/api/batches", """
                {"prompt": " ", "seconds": "eight", "size": "huge", "id": "../etc"}""");
        ApiClient.Answer unreadable = api.post("/api/batches", "{\"prompt\": \"cut off");
        ApiClient.Answer empty = api.post("/api/batches", "[]");

        assertThat(invalid.status()).isEqualTo(400);
        JsonNode errors = invalid.json().at("/entries/0/errors");
        assertThat(errors.fieldNames()).toIterable().containsExactlyInAnyOrder("prompt", "seconds", "size", "id");
        assertThat(errors.at("/seconds/0").asText()).contains("must be a whole number");
        assertThat(invalid.json().at("/entries/0/reason").asText()).contains("prompt is missing");
        assertThat(unreadable.status()).isEqualTo(400);
        assertThat(unreadable.json().get("error").asText()).contains("not valid JSON");
        assertThat(empty.status()).isEqualTo(400);
    }

    @Test
    void shouldRefuseCallsWithoutTheKeyOrWithAWrongOne() {
        ApiClient.Answer none = api.withKey(null).get("/api/jobs");
        ApiClient.Answer wrong = api.withKey("test-key-0123456789abcdeX").post("/api/batches",
                "{\"prompt\": \"never submitted\"}");
        ApiClient.Answer document = api.withKey(null).get("/api/openapi.json");

        assertThat(none.status()).isEqualTo(401);
        assertThat(none.json().get("error").asText()).contains("X-API-Key");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(document.status()).isEqualTo(401);
        assertThat(api.withKey(null).post("/actuator/jobs/any-batch", "").status()).as("the actuator too")
                .isEqualTo(401);
        ApiClient.Answer allowed = api.get("/api/jobs");
        assertThat(allowed.status()).isEqualTo(200);
        assertThat(allowed.headers().firstValue("X-API-Key")).as("the key is not echoed").isEmpty();
    }

    @Test
    void shouldAnswerARepeatedIdempotencyKeyWithTheFirstBatchAndPayOnce() {
        long createdBefore = createdAtSimulator();
        String body = "{\"id\": \"once\", \"prompt\": \"a paper boat\", \"seconds\": 4}";

        ApiClient.Answer first = api.post("/api/batches", body, "order-4711");
        ApiClient.Answer again = api.post("/api/batches", body, "order-4711");
        String batch = first.json().get("batch").asText();
        api.awaitJson("/api/batches/" + batch, WAIT, b -> b.get("complete").asBoolean());

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("batch").asText()).isEqualTo(batch);
        assertThat(again.json().get("repeated").asBoolean()).isTrue();
        assertThat(again.json().at("/entries/0/job").asText()).isEqualTo("once");
        assertThat(api.get("/api/jobs?batch=" + batch).json().get("count").asInt()).isEqualTo(1);
        assertThat(createdAtSimulator()).as("paid once").isEqualTo(createdBefore + 1);
    }

    @Test
    void shouldCancelAQueuedJobLocallyAndARunningRunwayJobAtRunway() {
        // Runway's jobs never finish: two take both Runway slots, the third stays queued
        simulator.faults(FaultSettings.none().withRunway(ProviderFaults.none()
                .withJobs(new JobFaults(Map.of(), 1, 0, 0, 0, null))));
        try {
            String batch = api.post("/api/batches", """
                    [{"id": "run-1", "prompt": "a spinning top", "seconds": 4, "provider": "runway"},
                     {"id": "run-2", "prompt": "a turning wheel", "seconds": 4, "provider": "runway"},
                     {"id": "waiting", "prompt": "a patient cat", "seconds": 4, "provider": "runway"}]"""
            ).json().get("batch").asText();
            Predicate<JsonNode> isRunning = j -> "RUNNING".equals(j.get("state").asText());
            JsonNode running = api.awaitJson("/api/jobs/" + batch + "/run-1", WAIT, isRunning);
            api.awaitJson("/api/jobs/" + batch + "/run-2", WAIT, isRunning);

            ApiClient.Answer queued = api.post("/api/jobs/" + batch + "/waiting/cancel", "");
            ApiClient.Answer atRunway = api.post("/api/jobs/" + batch + "/run-1/cancel", "");
            ApiClient.Answer second = api.post("/api/jobs/" + batch + "/run-2/cancel", "");

            assertThat(queued.status()).isEqualTo(200);
            assertThat(queued.json().get("state").asText()).isEqualTo("CANCELLED");
            assertThat(queued.json().at("/failure/reason").asText()).isEqualTo("cancelled by API");
            assertThat(queued.json().get("providerJobId").isNull()).as("never sent to Runway").isTrue();
            assertThat(atRunway.status()).isEqualTo(200);
            assertThat(atRunway.json().at("/failure/kind").asText()).isEqualTo("CANCELLED");
            assertThat(atRunway.json().at("/failure/reason").asText())
                    .startsWith("cancelled by API; cancelled at runway");
            assertThat(second.status()).isEqualTo(200);
            assertThat(SimulatorTasks.runwayStatus(simulator, running.get("providerJobId").asText())).isEqualTo("CANCELLED");
            assertThat(api.post("/api/jobs/" + batch + "/run-1/cancel", "").status()).as("already ended")
                    .isEqualTo(409);
            assertThat(api.post("/api/jobs/" + batch + "/nobody/cancel", "").status()).isEqualTo(404);
            JsonNode done = api.awaitJson("/api/batches/" + batch, WAIT, b -> b.get("complete").asBoolean());
            assertThat(done.at("/counts/CANCELLED").asInt()).isEqualTo(3);
        } finally {
            simulator.faults(FaultSettings.none());
        }
    }

    @Test
    void shouldReplayTheFailedJobsOfABatch() {
        String batch = api.post("/api/batches", """
                [{"id": "refused", "prompt": "a storm [sim:fail=SAFETY.INPUT.TEXT]", "seconds": 4},
                 {"id": "fine", "prompt": "a calm lake", "seconds": 4}]""").json().get("batch").asText();
        api.awaitJson("/api/batches/" + batch, WAIT, b -> b.get("complete").asBoolean());
        JsonNode failed = api.get("/api/jobs/" + batch + "/refused").json();

        ApiClient.Answer replay = api.post("/api/batches/" + batch + "/replay", "");

        assertThat(failed.get("state").asText()).isEqualTo("FAILED");
        assertThat(failed.at("/failure/kind").asText()).isEqualTo("SAFETY_INPUT");
        assertThat(replay.status()).isEqualTo(200);
        assertThat(replay.json().get("replayed")).singleElement()
                .satisfies(k -> assertThat(k.asText()).isEqualTo(batch + "/refused"));
        JsonNode again = api.awaitJson("/api/jobs/" + batch + "/refused", WAIT, j -> j.get("attempts").asInt() == 2
                && j.get("state").asText().equals("FAILED"));
        assertThat(again.at("/failure/kind").asText()).isEqualTo("SAFETY_INPUT");
        assertThat(api.post("/api/batches/no-such-batch/replay", "").status()).isEqualTo(404);
    }

    @Test
    void shouldServeAnOpenApiDocumentListingEveryOperation() {
        ApiClient.Answer document = api.get("/api/openapi.json");

        assertThat(document.status()).isEqualTo(200);
        assertThat(document.headers().firstValue("X-API-Key")).as("the key is not echoed").isEmpty();
        JsonNode paths = document.json().get("paths");
        assertThat(paths.fieldNames()).toIterable().contains("/api/batches", "/api/batches/{batch}",
                "/api/batches/{batch}/replay", "/api/jobs", "/api/jobs/{batch}/{job}",
                "/api/jobs/{batch}/{job}/cancel", "/api/campaigns/{name}/runs");
        assertThat(paths.at("/~1api~1batches/post/parameters").toString()).contains("Idempotency-Key");
        assertThat(paths.at("/~1api~1jobs/get/parameters").toString()).contains("state", "campaign", "limit");
    }

    @Test
    void shouldRunACampaignOnDemandAndListItsJobsByCampaign() throws Exception {
        dropCampaign("api-demo", "5.00");
        ApiClient.Answer[] run = new ApiClient.Answer[1];
        await().atMost(WAIT).pollInterval(Duration.ofMillis(100))
                .until(() -> (run[0] = api.post("/api/campaigns/api-demo/runs", "")).status() != 404);

        assertThat(run[0].status()).isEqualTo(202);
        String batch = run[0].json().get("batch").asText();
        assertThat(run[0].location()).isEqualTo("/api/batches/" + batch);
        assertThat(run[0].json().get("outcome").asText()).isEqualTo("submitted");
        JsonNode done = api.awaitJson("/api/batches/" + batch, WAIT, b -> b.get("complete").asBoolean());
        assertThat(done.get("delivered").asInt()).isEqualTo(2);
        assertThat(done.get("campaign").asText()).isEqualTo("api-demo");
        assertThat(api.get("/api/jobs?campaign=api-demo").json().get("jobs")).extracting(j -> j.get("id").asText())
                .containsExactlyInAnyOrder("mug", "lamp");
    }

    @Test
    void shouldRunACampaignOverItsBudgetForecastingWhatItHoldsAndRefuseAnUnknownCampaign() throws Exception {
        dropCampaign("api-thrifty", "0.10");
        ApiClient.Answer[] run = new ApiClient.Answer[1];
        await().atMost(WAIT).pollInterval(Duration.ofMillis(100))
                .until(() -> (run[0] = api.post("/api/campaigns/api-thrifty/runs", "")).status() != 404);
        ApiClient.Answer unknown = api.post("/api/campaigns/no-such-campaign/runs", "");

        assertThat(run[0].status()).isEqualTo(202);
        assertThat(run[0].json().get("outcome").asText()).isEqualTo("submitted");
        assertThat(run[0].json().at("/budget/limitUsd").decimalValue()).isEqualByComparingTo("0.10");
        // a forecast: these very videos may come from the result cache (another test made them), for nothing
        assertThat(run[0].json().at("/budget/held").asInt()).as("two 4 s videos at $0.48").isEqualTo(2);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("error").asText()).contains("unknown campaign 'no-such-campaign'");
    }

    /** Written under a hidden name and renamed, as the campaign folder wants it. */
    private static void dropCampaign(String name, String budget) throws IOException {
        Path folder = Files.createDirectories(root.resolve("campaigns"));
        Path hidden = folder.resolve("." + name + ".yaml");
        Files.writeString(hidden, String.join("\n",
                "name: " + name,
                "enabled: false",
                "schedule:",
                "  cron: \"0 0 9 ? * MON\"",
                "prompt: \"a {{product}} on a kitchen table\"",
                "matrix:",
                "  product: [mug, lamp]",
                "defaults:",
                "  provider: runway",
                "  seconds: 4",
                "targets: [outbox]",
                "budget-usd: " + budget, ""));
        Files.move(hidden, folder.resolve(name + ".yaml"), StandardCopyOption.ATOMIC_MOVE);
    }

    private long createdAtSimulator() {
        return simulator.stats().runway().jobsCreated() + simulator.stats().openai().jobsCreated();
    }
}
