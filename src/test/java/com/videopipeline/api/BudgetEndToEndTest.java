package com.videopipeline.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.videopipeline.Manifests;
import com.videopipeline.PipelineTestSupport;
import com.videopipeline.TestSecrets;
import com.videopipeline.simulator.ProviderSimulator;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Budgets end to end, with the built-in simulator: a campaign of ten videos whose budget covers seven submits
 * exactly seven and holds three with the reason in its manifest, report and API; with mode downgrade the three
 * are made cheaper instead, and nothing goes over; an API batch carries its own budget.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BudgetEndToEndTest {

    private static final String KEY = TestSecrets.TEST_API_KEY;
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final List<String> TEN = List.of("anchor", "bicycle", "candle", "drum", "easel", "flute", "globe",
            "harp", "inkwell", "jigsaw");

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
                "pipeline.campaigns.watch-interval", "200ms",
                "pipeline.providers.sora.models.sora-2-pro.price-per-second-by-size.[1920x1080]", "0.70"));
    }

    @BeforeEach
    void client() {
        api = new ApiClient(port, KEY);
    }

    @Test
    void shouldSubmitTheSevenVideosACampaignsBudgetCoversAndHoldTheOtherThreeWithTheReason() throws IOException {
        // ten 2 s videos on gen4.5 at $0.24 each: $1.70 pays for seven ($1.68)
        dropCampaign("ten-teasers", "runway", "gen4.5", 2, "1280x720", "budget-usd: 1.70");
        long created = simulator.stats().runway().jobsCreated();

        JsonNode run = runCampaign("ten-teasers");
        String batch = run.get("batch").asText();
        JsonNode manifest = Manifests.await(root, batch, WAIT);

        assertThat(run.at("/budget/withinBudget").asInt()).isEqualTo(7);
        assertThat(run.at("/budget/held").asInt()).isEqualTo(3);
        assertThat(simulator.stats().runway().jobsCreated() - created).as("submitted to Runway").isEqualTo(7);
        assertThat(manifest.at("/counts/delivered").asInt()).isEqualTo(7);
        List<JsonNode> held = withStatus(manifest, "held");
        assertThat(held).extracting(j -> j.get("id").asText()).containsExactly("harp", "inkwell", "jigsaw");
        assertThat(held).allSatisfy(j -> {
            assertThat(j.at("/failure/kind").asText()).isEqualTo("BUDGET");
            assertThat(j.at("/failure/message").asText())
                    .isEqualTo("budget: $1.68 of $1.70 reserved or spent; this job's $0.24 estimate would exceed it");
        });
        JsonNode budget = manifest.get("budget");
        assertThat(budget.get("limitUsd").decimalValue()).isEqualByComparingTo("1.70");
        assertThat(budget.get("reservedUsd").decimalValue()).isEqualByComparingTo("0");
        assertThat(budget.get("spentUsd").decimalValue()).isPositive().isLessThanOrEqualTo(new BigDecimal("1.70"));
        assertThat(budget.get("held").asInt()).isEqualTo(3);
        assertThat(budget.get("mode").asText()).isEqualTo("hold");
        List<Map<String, String>> rows = csv(batch);
        assertThat(rows).filteredOn(r -> r.get("status").equals("held")).hasSize(3)
                .allSatisfy(r -> assertThat(r.get("failure_reason")).contains("would exceed it"));
        assertThat(Files.readString(outbox(batch).resolve("report.html"))).contains("data-status=\"held\"")
                .contains("3 held, 0 downgraded (hold)");
        JsonNode shown = api.get("/api/batches/" + batch).json();
        assertThat(shown.at("/budget/held").asInt()).isEqualTo(3);
        assertThat(shown.at("/counts/HELD").asInt()).isEqualTo(3);
        assertThat(api.get("/api/jobs/" + batch + "/harp").json().at("/failure/reason").asText())
                .startsWith("budget: $1.68 of $1.70");
    }

    @Test
    void shouldDowngradeWhatTheBudgetCannotPayForAsAskedAndNeverGoOverIt() throws IOException {
        // sora-2-pro at 1920x1080 costs $2.80 for 4 s: $21.80 pays for seven ($19.60); the $2.20 left pays for the
        // other three only smaller (sora-2-pro at 1280x720, $1.20) or on sora-2 ($0.40)
        dropCampaign("ten-downgrades", "sora", "sora-2-pro", 4, "1920x1080",
                "budget: {usd: 21.80, mode: downgrade}");
        long created = simulator.stats().openai().jobsCreated();

        JsonNode run = runCampaign("ten-downgrades");
        JsonNode manifest = Manifests.await(root, run.get("batch").asText(), WAIT);

        assertThat(run.at("/budget/downgraded").asInt()).isEqualTo(3);
        assertThat(simulator.stats().openai().jobsCreated() - created).isEqualTo(10);
        assertThat(manifest.at("/counts/delivered").asInt()).isEqualTo(10);
        List<JsonNode> downgraded = new ArrayList<>();
        manifest.get("jobs").forEach(j -> {
            if (j.hasNonNull("budget")) {
                downgraded.add(j);
            }
        });
        assertThat(downgraded).extracting(j -> j.get("id").asText()).containsExactly("harp", "inkwell", "jigsaw");
        assertThat(downgraded).allSatisfy(j -> {
            assertThat(j.get("budget").asText()).startsWith("downgraded from sora-2-pro 1920x1080 ($2.80) to ");
            assertThat(j.at("/request/size").asText()).isEqualTo("1280x720");
            assertThat(j.at("/verification/width").asInt()).isEqualTo(1280);
        });
        assertThat(downgraded.get(0).get("model").asText()).isEqualTo("sora-2-pro");
        assertThat(downgraded.get(2).get("model").asText()).isEqualTo("sora-2");
        assertThat(manifest.at("/budget/spentUsd").decimalValue()).isLessThanOrEqualTo(new BigDecimal("21.80"));
        assertThat(manifest.at("/cost/estimatedUsd").decimalValue()).isLessThanOrEqualTo(new BigDecimal("21.80"));
        assertThat(manifest.at("/budget/downgraded").asInt()).isEqualTo(3);
        assertThat(manifest.at("/budget/held").asInt()).isZero();
        assertThat(csv(run.get("batch").asText())).filteredOn(r -> !r.get("budget").isEmpty()).hasSize(3);
    }

    @Test
    void shouldHoldAnApiBatchsJobsBeyondItsOwnBudgetAndHoldThemAgainOnReplay() {
        ApiClient.Answer refused = api.post("/api/batches", """
                {"name": "careless", "requests": [{"prompt": "a kite"}], "budget": {"usd": -5}}""");
        ApiClient.Answer answer = api.post("/api/batches", """
                {"name": "thrifty", "requests": [
                  {"id": "first", "prompt": "a red kite over a hill", "seconds": 4, "provider": "runway"},
                  {"id": "second", "prompt": "a blue kite over a hill", "seconds": 4, "provider": "runway"},
                  {"id": "third", "prompt": "a green kite over a hill", "seconds": 4, "provider": "runway"}],
                 "budget": {"usd": 1.00}}""");
        String batch = answer.json().get("batch").asText();
        JsonNode done = api.awaitJson("/api/batches/" + batch, WAIT, b -> b.get("complete").asBoolean());

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("error").asText()).contains("budget.usd: '-5' must be a positive number");
        assertThat(answer.status()).isEqualTo(201);
        assertThat(done.get("delivered").asInt()).isEqualTo(2);
        assertThat(done.at("/counts/HELD").asInt()).isEqualTo(1);
        assertThat(done.at("/budget/limitUsd").decimalValue()).isEqualByComparingTo("1.00");
        assertThat(done.at("/budget/scope").asText()).isEqualTo("batch");
        assertThat(done.at("/budget/held").asInt()).isEqualTo(1);

        ApiClient.Answer replay = api.post("/api/batches/" + batch + "/replay", "");

        assertThat(replay.json().get("replayed")).singleElement()
                .satisfies(k -> assertThat(k.asText()).isEqualTo(batch + "/third"));
        JsonNode again = api.awaitJson("/api/batches/" + batch, WAIT, b -> b.get("complete").asBoolean());
        assertThat(again.at("/counts/HELD").asInt()).as("the budget is still spent").isEqualTo(1);
        assertThat(again.get("delivered").asInt()).isEqualTo(2);
    }

    @Test
    void shouldLetTheHeldJobsOfABatchGoOnceItsBudgetIsRaised() {
        String batch = api.post("/api/batches", """
                {"name": "raised", "requests": [
                  {"id": "one", "prompt": "a paper boat on a pond", "seconds": 4, "provider": "runway"},
                  {"id": "two", "prompt": "a paper plane over a pond", "seconds": 4, "provider": "runway"}],
                 "budget": {"usd": 0.50}}""").json().get("batch").asText();
        String unbudgeted = api.post("/api/batches", """
                [{"id": "free", "prompt": "a paper crane", "seconds": 4}]""").json().get("batch").asText();
        JsonNode held = api.awaitJson("/api/batches/" + batch, WAIT, b -> b.get("complete").asBoolean());
        assertThat(held.at("/counts/HELD").asInt()).as("$0.48 each: one fits $0.50").isEqualTo(1);

        ApiClient.Answer lowered = api.put("/api/batches/" + batch + "/budget", "{\"usd\": 0}");
        ApiClient.Answer unknownField = api.put("/api/batches/" + batch + "/budget", "{\"dollars\": 2}");
        ApiClient.Answer none = api.put("/api/batches/" + unbudgeted + "/budget", "{\"usd\": 2}");
        ApiClient.Answer missing = api.put("/api/batches/no-such-batch/budget", "{\"usd\": 2}");
        ApiClient.Answer raised = api.put("/api/batches/" + batch + "/budget", "{\"usd\": 1.00}");

        assertThat(lowered.status()).isEqualTo(400);
        assertThat(lowered.json().get("error").asText()).contains("must be positive");
        assertThat(unknownField.status()).isEqualTo(400);
        assertThat(unknownField.json().get("error").asText()).contains("unknown field 'dollars'");
        assertThat(none.status()).isEqualTo(409);
        assertThat(none.json().get("error").asText()).contains("has no budget");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(raised.status()).as(raised.body()).isEqualTo(200);
        assertThat(raised.json().at("/budget/limitUsd").decimalValue()).isEqualByComparingTo("1.00");
        assertThat(raised.json().get("replayed")).singleElement()
                .satisfies(k -> assertThat(k.asText()).startsWith(batch + "/"));
        JsonNode done = api.awaitJson("/api/batches/" + batch, WAIT,
                b -> b.get("complete").asBoolean() && b.get("delivered").asInt() == 2);
        assertThat(done.at("/counts/HELD").asInt()).isZero();
        assertThat(done.at("/budget/spentUsd").decimalValue()).isEqualByComparingTo("0.96");
    }

    private JsonNode runCampaign(String name) {
        ApiClient.Answer[] run = new ApiClient.Answer[1];
        await().atMost(WAIT).pollInterval(Duration.ofMillis(100))
                .until(() -> (run[0] = api.post("/api/campaigns/" + name + "/runs", "")).status() != 404);
        assertThat(run[0].status()).isEqualTo(202);
        assertThat(run[0].json().get("outcome").asText()).isEqualTo("submitted");
        return run[0].json();
    }

    private static List<JsonNode> withStatus(JsonNode manifest, String status) {
        return StreamSupport.stream(manifest.get("jobs").spliterator(), false)
                .filter(j -> j.get("status").asText().equals(status)).toList();
    }

    private static Path outbox(String batch) {
        return root.resolve("outbox").resolve(batch);
    }

    private static List<Map<String, String>> csv(String batch) throws IOException {
        Path file = outbox(batch).resolve("report.csv");
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(file.toFile())) {
            return it.readAll();
        }
    }

    /** Ten entries, one per product, never served from the cache; written under a hidden name and renamed. */
    private static void dropCampaign(String name, String provider, String model, int seconds, String size,
                                     String budget) throws IOException {
        String yaml = String.join("\n",
                "name: " + name,
                "enabled: false",
                "schedule:",
                "  cron: \"0 0 9 ? * MON\"",
                "prompt: \"a {{product}} on a wooden table, " + name + "\"",
                "matrix:",
                "  product: [" + String.join(", ", TEN) + "]",
                "defaults:",
                "  provider: " + provider,
                "  model: " + model,
                "  seconds: " + seconds,
                "  size: " + size,
                "  cache: false",
                budget, "");
        PipelineTestSupport.drop(root.resolve("campaigns"), name + ".yaml", yaml);
    }
}
