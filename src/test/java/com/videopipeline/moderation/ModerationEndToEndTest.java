package com.videopipeline.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.videopipeline.ContactSheets;
import com.videopipeline.Manifests;
import com.videopipeline.PipelineTestSupport;
import com.videopipeline.simulator.ProviderSimulator;
import com.videopipeline.simulator.SimulatorStats.ProviderStats;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.w3c.dom.Document;

/**
 * Moderation through the running pipeline: a dropped batch with two good prompts, one the moderation API flags, one
 * our policy refuses and one the provider refuses. The flagged and the refused end REJECTED with their category in
 * the manifest, report.csv and contact sheet, and reached no provider; the provider's safety refusal is recorded the
 * same way; the good ones are delivered.
 */
@SpringBootTest
class ModerationEndToEndTest {

    @TempDir
    static Path root;

    @Autowired
    ProviderSimulator simulator;

    @Autowired
    JdbcTemplate jdbc;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        PipelineTestSupport.register(registry, root, Map.of(
                "pipeline.moderation.local.protected-names[0]", "Mickey Mouse"));
    }

    @BeforeAll
    static void dropBatch() throws IOException {
        PipelineTestSupport.drop(root.resolve("inbox"), "moderated.jsonl", String.join("\n",
                "{\"id\": \"kite\", \"prompt\": \"a red kite over the dunes\", \"seconds\": 4}",
                "{\"id\": \"boat\", \"prompt\": \"a paper boat on a pond\", \"provider\": \"sora\", \"seconds\": 4}",
                "{\"id\": \"battle\", \"prompt\": \"a gory battlefield at dawn\", \"seconds\": 4}",
                "{\"id\": \"mouse\", \"prompt\": \"Mickey Mouse waves from a steamboat\", \"seconds\": 4}",
                "{\"id\": \"storm\", \"prompt\": \"a storm at sea [sim:fail=SAFETY.INPUT.TEXT]\", \"seconds\": 4}",
                ""));
    }

    @Test
    void shouldRejectTheFlaggedPromptsWithTheirCategoryAndDeliverTheGoodOnes() {
        Map<String, JsonNode> jobs = Manifests.jobsById(manifest());

        assertThat(jobs.get("kite").get("status").asText()).isEqualTo("delivered");
        assertThat(jobs.get("boat").get("status").asText()).isEqualTo("delivered");
        assertThat(jobs.get("battle").get("status").asText()).isEqualTo("rejected");
        assertThat(jobs.get("battle").get("failure").get("kind").asText()).isEqualTo("MODERATION");
        assertThat(jobs.get("battle").at("/failure/category").asText()).isEqualTo("moderation/violence/graphic");
        assertThat(jobs.get("battle").at("/failure/message").asText())
                .isEqualTo("moderation/violence/graphic: 0.97 >= 0.40");
        assertThat(jobs.get("mouse").get("status").asText()).isEqualTo("rejected");
        assertThat(jobs.get("mouse").at("/failure/category").asText()).isEqualTo("policy/protected-name");
        assertThat(List.of(jobs.get("battle"), jobs.get("mouse"))).allSatisfy(job -> {
            assertThat(job.has("providerJobId")).as("never at a provider").isFalse();
            assertThat(job.has("files")).as("no video").isFalse();
            assertThat(job.path("actualCostUsd").decimalValue()).as("nothing paid").isZero();
            assertThat(job.get("estimatedCostUsd").decimalValue()).as("nothing to pay").isZero();
        });
    }

    @Test
    void shouldRecordTheProvidersSafetyRefusalWithItsCodeAsTheCategory() {
        JsonNode storm = Manifests.jobsById(manifest()).get("storm");

        assertThat(storm.get("status").asText()).isEqualTo("failed");
        assertThat(storm.at("/failure/kind").asText()).isEqualTo("SAFETY_INPUT");
        assertThat(storm.at("/failure/category").asText()).isEqualTo("SAFETY.INPUT.TEXT");
    }

    @Test
    void shouldSendNoRefusedPromptToAProviderAndOnlyPolicyPassedOnesToTheModerationApi() {
        manifest();
        ProviderStats openai = simulator.stats().openai();
        ProviderStats runway = simulator.stats().runway();

        assertThat(openai.jobsCreated() + runway.jobsCreated()).as("kite, boat and storm only").isEqualTo(3);
        assertThat(openai.moderations()).as("all but the protected name").isEqualTo(4);
        assertThat(openai.moderationsFlagged()).isEqualTo(1);
    }

    @Test
    void shouldKeepTheScoresOfEachPromptTheApiJudged() {
        manifest();

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM moderation_score", Integer.class))
                .as("all but the protected name").isEqualTo(4);
        assertThat(jdbc.queryForList("SELECT scores FROM moderation_score", String.class))
                .anySatisfy(scores -> assertThat(scores).contains("\"violence/graphic\":0.97"));
    }

    @Test
    void shouldListTheCategoryInReportCsvAndTheReasonOnTheContactSheet() throws IOException {
        manifest();
        Path dir = Manifests.find(root, "moderated-jsonl").getParent();

        Map<String, Map<String, String>> rows = csv(dir.resolve("report.csv"));
        assertThat(rows.get("battle")).containsEntry("status", "rejected")
                .containsEntry("failure_kind", "MODERATION")
                .containsEntry("failure_category", "moderation/violence/graphic");
        assertThat(rows.get("mouse")).containsEntry("failure_category", "policy/protected-name");
        assertThat(rows.get("storm")).containsEntry("failure_kind", "SAFETY_INPUT")
                .containsEntry("failure_category", "SAFETY.INPUT.TEXT");
        assertThat(rows.get("kite")).containsEntry("failure_category", "");
        Document page = ContactSheets.parse(dir.resolve("report.html"));
        assertThat(ContactSheets.tiles(page).get("battle").status()).isEqualTo("rejected");
        assertThat(ContactSheets.tiles(page).get("battle").image()).isNull();
        assertThat(page.getDocumentElement().getTextContent())
                .contains("MODERATION: moderation/violence/graphic: 0.97 >= 0.40")
                .contains("MODERATION: policy/protected-name: 'Mickey Mouse' is a protected name");
        ContactSheets.assertImagesRender(page, dir);
    }

    @Test
    void shouldReportTheRefusedLinesWithTheirReasonInTheIngestReport() throws IOException {
        manifest();

        JsonNode report = new ObjectMapper().readTree(root.resolve("inbox/.done/moderated.jsonl.report.json")
                .toFile());

        assertThat(report.toString()).contains("moderation/violence/graphic: 0.97 >= 0.40")
                .contains("policy/protected-name");
    }

    private static JsonNode manifest() {
        return Manifests.await(root, "moderated-jsonl", Duration.ofSeconds(40));
    }

    private static Map<String, Map<String, String>> csv(Path file) throws IOException {
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(file.toFile())) {
            return it.readAll().stream().collect(Collectors.toMap(r -> r.get("id"), Function.identity()));
        }
    }
}
