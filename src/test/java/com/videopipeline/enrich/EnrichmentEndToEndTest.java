package com.videopipeline.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.videopipeline.Manifests;
import com.videopipeline.PipelineTestSupport;
import com.videopipeline.campaign.CampaignRunSummary;
import com.videopipeline.simulator.ProviderSimulator;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Enrichment through the accept route with the presets and brand of config/application.yml: a drop file's entries
 * reach the simulator with the worded (and expanded) prompt, their sidecars keep the brief, a brief is expanded
 * once however often it comes, and the example campaign's preset and brand reach its videos.
 */
@SpringBootTest
class EnrichmentEndToEndTest {

    private static final Duration WAIT = Duration.ofSeconds(40);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ACME = "For Acme, a bright and friendly outdoor brand: ";
    private static final String CINEMATIC = "Cinematic film still: ";
    private static final String CINEMATIC_END = " anamorphic lens, shallow depth of field, soft natural light, "
            + "subtle film grain. Warm orange and deep teal palette.";
    private static final String KITE_SHOT = "Wide establishing shot of a red kite over the dunes; gentle handheld "
            + "drift; high-key studio light; 24mm wide lens, deep focus.";

    @TempDir
    static Path root;

    @Autowired
    private ProviderSimulator simulator;
    @Autowired
    private ProducerTemplate producer;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        PipelineTestSupport.register(registry, root, Map.of("pipeline.enrichment.expansion.retry-delay", "10ms"));
    }

    @Test
    void shouldSendTheWordedAndExpandedPromptToTheProviderAndKeepTheBrief() throws Exception {
        long chatsBefore = simulator.stats().openai().chatCompletions();
        PipelineTestSupport.drop(root.resolve("inbox"), "styled.jsonl", """
                {"id": "kite", "prompt": "a red kite over the dunes", "seconds": 4, "provider": "sora", \
                "preset": "cinematic", "brand": "acme", "expand": true}
                {"id": "gull", "prompt": "a gull on a pier", "seconds": 4, "preset": "social-vertical", \
                "brand": "acme", "negative_prompt": "fog"}
                {"id": "storm", "prompt": "a lighthouse [sim:fail=server_error]", "expand": true}
                """);

        Map<String, JsonNode> jobs = Manifests.jobsById(Manifests.await(root, "styled-jsonl-", WAIT));

        String kitePrompt = ACME + CINEMATIC + KITE_SHOT + CINEMATIC_END;
        JsonNode kite = jobs.get("kite").get("request");
        assertThat(kite.get("prompt").asText()).isEqualTo(kitePrompt);
        assertThat(kite.get("brief").asText()).isEqualTo("a red kite over the dunes");
        assertThat(kite.get("preset").asText()).isEqualTo("cinematic");
        assertThat(kite.has("negativePrompt")).as("sora takes no negative prompt: the styles' is left out").isFalse();
        assertThat(sidecar("styled-jsonl-", "kite").at("/request/brief").asText())
                .isEqualTo("a red kite over the dunes");
        assertThat(openAiPrompts()).contains(kitePrompt);

        JsonNode gull = jobs.get("gull");
        assertThat(gull.at("/request/prompt").asText()).startsWith(ACME + "Vertical social video: a gull on a pier");
        assertThat(gull.at("/request/size").asText()).isEqualTo("720x1280");
        assertThat(gull.at("/request/negativePrompt").asText())
                .isEqualTo("fog, competitor logos, text, watermark, violence");
        assertThat(gull.get("model").asText()).as("its own negative prompt took it to Veo").startsWith("veo3.1");
        assertThat(gull.get("status").asText()).isEqualTo("delivered");

        assertThat(jobs.get("storm").get("status").asText()).isEqualTo("rejected");
        assertThat(jobs.get("storm").at("/failure/message").asText()).startsWith("expansion unavailable: chat "
                + "completions answered 500").contains("(3 attempts)");
        assertThat(simulator.stats().openai().chatCompletions() - chatsBefore).isEqualTo(1 + 3);
    }

    @Test
    void shouldExpandTheSameBriefOnceHoweverOftenItComes() throws Exception {
        String line = "{\"prompt\": \"a paper boat on a puddle\", \"seconds\": 4, \"expand\": true}\n";
        long chatsBefore = simulator.stats().openai().chatCompletions();

        PipelineTestSupport.drop(root.resolve("inbox"), "boat-one.jsonl", line);
        JsonNode first = Manifests.await(root, "boat-one-jsonl-", WAIT);
        PipelineTestSupport.drop(root.resolve("inbox"), "boat-two.jsonl", line + line.replace("}", ", \"id\": \"b\"}"));
        JsonNode second = Manifests.await(root, "boat-two-jsonl-", WAIT);

        assertThat(second.at("/jobs/0/request/prompt").asText()).isEqualTo(first.at("/jobs/0/request/prompt").asText())
                .contains("of a paper boat on a puddle; ");
        assertThat(simulator.stats().openai().chatCompletions() - chatsBefore).isEqualTo(1);
    }

    @Test
    void shouldMakeTheExampleCampaignWithItsPresetAndBrand() {
        AtomicReference<Exchange> run = new AtomicReference<>();
        // the watcher reads config/campaigns shortly after start-up; until then the name is unknown
        await().atMost(WAIT).until(() -> producer.send("direct:run-campaign",
                e -> e.setVariable("campaign", "spring-sale")), e -> {
                    run.set(e);
                    return e.getException() == null;
                });
        CampaignRunSummary summary = run.get().getMessage().getBody(CampaignRunSummary.class);

        JsonNode manifest = Manifests.await(root, "campaign-spring-sale-", WAIT);

        assertThat(summary.accepted()).isEqualTo(6);
        JsonNode paris = Manifests.jobsById(manifest).get("sneakers-paris");
        assertThat(paris.at("/request/prompt").asText()).isEqualTo(ACME + CINEMATIC
                + "sneakers on a street in Paris at golden hour" + CINEMATIC_END);
        assertThat(paris.at("/request/brief").asText()).isEqualTo("sneakers on a street in Paris at golden hour");
        assertThat(paris.at("/request/brand").asText()).isEqualTo("acme");
        assertThat(paris.get("model").asText()).isEqualTo("gen4.5");
        assertThat(paris.get("status").asText()).isEqualTo("delivered");
    }

    private static JsonNode sidecar(String batchPrefix, String id) throws IOException {
        return JSON.readTree(Manifests.find(root, batchPrefix).resolveSibling(id + ".json").toFile());
    }

    /** The prompts the simulated OpenAI received, as its list of videos shows them. */
    private String openAiPrompts() throws Exception {
        HttpResponse<String> list = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(simulator.openAiBaseUrl() + "/videos?limit=100"))
                .header("Authorization", "Bearer sk-test").GET().build(), HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(list.body()).findValuesAsText("prompt").toString();
    }
}
