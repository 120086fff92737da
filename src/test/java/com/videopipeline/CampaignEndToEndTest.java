package com.videopipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.videopipeline.campaign.CampaignRegistry;
import com.videopipeline.campaign.CampaignRunSummary;
import com.videopipeline.campaign.UnknownCampaignException;
import com.videopipeline.job.Batch;
import com.videopipeline.job.BatchTracker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.quartz.QuartzComponent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.CronTrigger;
import org.quartz.TriggerKey;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Campaign files dropped into a running pipeline: a short cron makes batches whose videos are delivered, a changed
 * file takes effect without a restart, a firing missed while the service was down is made once, and runs on demand
 * go through the same flow. Each test uses its own campaign, so they share one application.
 */
@SpringBootTest
class CampaignEndToEndTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @TempDir
    static Path root;

    @Autowired
    private CamelContext camel;
    @Autowired
    private ProducerTemplate producer;
    @Autowired
    private BatchTracker batches;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private CampaignRegistry registry;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        PipelineTestSupport.register(registry, root, Map.of(
                "pipeline.campaigns.dir", root.resolve("campaigns").toString(),
                "pipeline.campaigns.watch-interval", "200ms"));
    }

    @Test
    void shouldDeliverTheVideosOfAScheduledFiringAsACampaignBatch() throws IOException {
        dropCampaign("broken", "*/2 * * * *", "[hat]", true);
        dropCampaign("flash-sale", "0/2 * * * * ?", "[sneakers, backpack]", true);

        JsonNode manifest = Manifests.await(root, "campaign-flash-sale-", WAIT);

        assertThat(manifest.at("/counts/delivered").asInt()).isEqualTo(2);
        assertThat(Manifests.jobsById(manifest)).containsOnlyKeys("sneakers", "backpack");
        assertThat(manifest.at("/jobs/0/request/tags").toString()).contains("flash-sale");
        Batch batch = batches.find(manifest.get("batch").asText()).orElseThrow();
        assertThat(batch.origin()).isEqualTo("campaign");
        assertThat(batch.campaign()).isEqualTo("flash-sale");
        assertThat(firingState("flash-sale")).isIn("STARTED", "FIRED");
        assertThat(registry.find("broken")).as("a bad file is skipped, the others run").isEmpty();

        Files.delete(campaignFile("flash-sale"));
        await().atMost(WAIT).until(() -> camel.getRoute("fire-campaign-flash-sale") == null);
    }

    @Test
    void shouldTakeAChangedCampaignFileWithoutARestart() throws Exception {
        dropCampaign("weekly-drop", "0 0 9 ? * MON", "[scarf]", true);
        await().atMost(WAIT).until(() -> camel.getRoute("fire-campaign-weekly-drop") != null);
        CronTrigger trigger = (CronTrigger) camel.getComponent("quartz", QuartzComponent.class).getScheduler()
                .getTrigger(new TriggerKey("weekly-drop", "campaigns"));
        assertThat(trigger.getCronExpression()).isEqualTo("0 0 9 ? * MON");
        assertThat(trigger.getTimeZone().getID()).isEqualTo("Europe/Paris");
        assertThat(trigger.getMisfireInstruction()).isEqualTo(CronTrigger.MISFIRE_INSTRUCTION_FIRE_ONCE_NOW);

        dropCampaign("weekly-drop", "0/2 * * * * ?", "[beanie]", true);
        JsonNode manifest = Manifests.await(root, "campaign-weekly-drop-", WAIT);
        dropCampaign("weekly-drop", "0/2 * * * * ?", "[beanie]", false);

        assertThat(Manifests.jobsById(manifest)).containsOnlyKeys("beanie");
        await().atMost(WAIT).until(() -> camel.getRoute("fire-campaign-weekly-drop") == null);
        await().atMost(WAIT).until(() -> "DISABLED".equals(firingState("weekly-drop")));
    }

    @Test
    void shouldFireOnceForFiringsMissedWhileTheServiceWasDown() throws IOException {
        // daily at the Paris time of two hours ago, last fired three days ago: three firings missed, the latest
        // two hours ago; the next is tomorrow, so none comes from the schedule itself during the test
        ZonedDateTime twoHoursAgo = ZonedDateTime.now(PARIS).minusHours(2).truncatedTo(ChronoUnit.MINUTES);
        Instant lastFiring = twoHoursAgo.minusDays(3).toInstant();
        jdbc.update("INSERT INTO campaign_firing (campaign, scheduled_at, state, updated_at) VALUES (?, ?, ?, ?)",
                "catch-up", Timestamp.from(lastFiring), "FIRED", Timestamp.from(lastFiring));

        dropCampaign("catch-up", "0 %d %d * * ?".formatted(twoHoursAgo.getMinute(), twoHoursAgo.getHour()),
                "[umbrella]", true);

        JsonNode manifest = Manifests.await(root, "campaign-catch-up-", WAIT);
        assertThat(manifest.at("/counts/delivered").asInt()).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM batch WHERE campaign = 'catch-up'", Integer.class))
                .as("one catch-up batch for three missed firings").isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT scheduled_at FROM campaign_firing WHERE campaign = 'catch-up'",
                Timestamp.class).toInstant()).isEqualTo(twoHoursAgo.toInstant());
        assertThat(firingState("catch-up")).isEqualTo("FIRED");
    }

    @Test
    void shouldRunACampaignOnDemandAndRefuseAnUnknownOne() throws IOException {
        dropCampaign("on-demand", "0 0 9 1 1 ?", "[poster]", false);
        await().atMost(WAIT).until(() -> firingState("on-demand") != null);

        Exchange run = producer.send("direct:run-campaign", e -> e.setVariable("campaign", "on-demand"));
        Exchange unknown = producer.send("direct:run-campaign", e -> e.setVariable("campaign", "nope"));

        CampaignRunSummary summary = run.getMessage().getBody(CampaignRunSummary.class);
        assertThat(summary.outcome()).isEqualTo("submitted");
        assertThat(summary.accepted()).isEqualTo(1);
        assertThat(summary.targets()).containsExactly("outbox");
        assertThat(Manifests.await(root, summary.batchId(), WAIT).at("/counts/delivered").asInt()).isEqualTo(1);
        assertThat(unknown.getException()).isInstanceOf(UnknownCampaignException.class);
    }

    @Test
    void shouldSumACampaignsCostsOverItsBatchesAsItsManifestsDo() throws IOException {
        dropCampaign("costed", "0 0 9 1 1 ?", "[lamp]", false);
        await().atMost(WAIT).until(() -> firingState("costed") != null);
        String batch = producer.send("direct:run-campaign", e -> e.setVariable("campaign", "costed"))
                .getMessage().getBody(CampaignRunSummary.class).batchId();
        JsonNode manifest = Manifests.await(root, batch, WAIT);

        JsonNode costs = new ObjectMapper().readTree(producer.requestBodyAndHeader("direct:show-campaign-costs",
                null, "name", "costed", String.class));
        Exchange unknown = producer.send("direct:show-campaign-costs", e -> e.getMessage().setHeader("name", "nope"));

        assertThat(costs.get("batches").asInt()).isEqualTo(1);
        assertThat(costs.at("/total/actualUsd").decimalValue())
                .isEqualByComparingTo(manifest.at("/cost/actualUsd").decimalValue()).isPositive();
        assertThat(costs.at("/total/estimatedUsd").decimalValue())
                .isEqualByComparingTo(manifest.at("/cost/estimatedUsd").decimalValue());
        assertThat(costs.at("/perBatch/0/batch").asText()).isEqualTo(batch);
        assertThat(unknown.getMessage().getHeader("CamelHttpResponseCode", Integer.class)).isEqualTo(404);
    }

    @Test
    void shouldMakeAFiringOverBudgetAndHoldWhatItsBudgetCannotPayFor() throws IOException {
        dropCampaign("too-dear", "0 0 9 1 1 ?", "[car, boat, plane]", false, "budget-usd: 0.50");
        await().atMost(WAIT).until(() -> firingState("too-dear") != null);

        Exchange run = producer.send("direct:run-campaign", e -> e.setVariable("campaign", "too-dear"));

        // three 2 s videos at $0.24: two fit $0.50
        CampaignRunSummary summary = run.getMessage().getBody(CampaignRunSummary.class);
        assertThat(summary.outcome()).isEqualTo("submitted");
        assertThat(summary.estimatedCostUsd()).isEqualByComparingTo("0.72");
        assertThat(summary.budget().withinBudget()).isEqualTo(2);
        assertThat(summary.budget().held()).isEqualTo(1);
        JsonNode manifest = Manifests.await(root, summary.batchId(), WAIT);
        assertThat(manifest.at("/counts/delivered").asInt()).isEqualTo(2);
        assertThat(Manifests.jobsById(manifest).get("plane").get("status").asText()).isEqualTo("held");
        assertThat(manifest.at("/budget/held").asInt()).isEqualTo(1);
    }

    private String firingState(String campaign) {
        List<String> states = jdbc.queryForList("SELECT state FROM campaign_firing WHERE campaign = ?", String.class,
                campaign);
        return states.isEmpty() ? null : states.get(0);
    }

    private static Path campaignFile(String name) {
        return root.resolve("campaigns").resolve(name + ".yaml");
    }

    private static void dropCampaign(String name, String cron, String products, boolean enabled, String... extra)
            throws IOException {
        String yaml = """
                name: %s
                enabled: %s
                schedule:
                  cron: "%s"
                  time-zone: Europe/Paris
                  misfire: fire-once
                prompt: "A {{product}} on a shelf, {{style}}"
                matrix:
                  product: %s
                defaults:
                  provider: runway
                  model: gen4.5
                  seconds: 2
                  size: 1280x720
                  style: studio light
                %s
                """.formatted(name, enabled, cron, products, String.join("\n", extra));
        PipelineTestSupport.drop(root.resolve("campaigns"), name + ".yaml", yaml);
    }
}
