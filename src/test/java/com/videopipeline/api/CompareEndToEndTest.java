package com.videopipeline.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.videopipeline.ContactSheets;
import com.videopipeline.PipelineTestSupport;
import com.videopipeline.TestSecrets;
import com.videopipeline.simulator.ProviderSimulator;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Compare mode end to end: one request naming several providers and models fans out into a job per side, each
 * made and delivered on its own, and comes back as one comparison entry in the manifest and on the contact sheet.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CompareEndToEndTest {

    private static final String KEY = TestSecrets.COMPARE_API_KEY;

    @TempDir
    static Path root;

    @Autowired
    ProviderSimulator simulator;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        PipelineTestSupport.register(registry, root, Map.of("pipeline.api.key", KEY));
    }

    @Test
    void shouldYieldOneSideBySideEntryForACompareRequest() throws IOException {
        ApiClient api = new ApiClient(port, KEY);
        ApiClient.Answer answer = api.post("/api/batches", """
                {"name": "compare", "requests": [
                  {"id": "kite", "prompt": "a red kite over the dunes", "seconds": 4,
                   "compare": ["sora", "runway:gen4.5", "runway:no-such-model"]}]}""");

        assertThat(answer.status()).isEqualTo(201);
        JsonNode entries = answer.json().get("entries");
        assertThat(entries).extracting(e -> e.path("job").asText()).contains("kite.sora", "kite.runway-gen4.5");
        assertThat(entries).filteredOn(e -> e.get("status").asText().equals("rejected")).singleElement()
                .satisfies(e -> assertThat(e.toString()).contains("compare side kite.runway-no-such-model")
                        .contains("no-such-model"));
        String batch = answer.json().get("batch").asText();
        JsonNode done = awaitBatch(api, batch);

        JsonNode manifest = new ObjectMapper().readTree(Path.of(done.get("manifest").asText()).toFile());
        assertThat(manifest.get("comparisons")).singleElement().satisfies(c -> {
            assertThat(c.get("id").asText()).isEqualTo("kite");
            assertThat(c.get("sides")).extracting(s -> s.get("provider").asText() + "/" + s.get("model").asText())
                    .containsExactly("sora/sora-2", "runway/gen4.5");
            assertThat(c.get("sides")).allSatisfy(s -> assertThat(s.get("status").asText()).isEqualTo("delivered"));
        });
        assertThat(simulator.stats().openai().jobsCreated()).isEqualTo(1);
        assertThat(simulator.stats().runway().jobsCreated()).isEqualTo(1);

        Path dir = Path.of(done.get("manifest").asText()).getParent();
        Document sheet = ContactSheets.parse(dir.resolve("report.html"));
        ContactSheets.assertImagesRender(sheet, dir);
        List<Element> sections = ContactSheets.elements(sheet.getDocumentElement(), "section");
        assertThat(sections).singleElement().satisfies(s -> assertThat(ContactSheets.elements(s, "figure"))
                .extracting(f -> f.getAttribute("data-job")).containsExactly("kite.sora", "kite.runway-gen4.5"));
    }

    @Test
    void shouldRefuseACompareThatAlsoNamesItsProvider() {
        ApiClient.Answer answer = new ApiClient(port, KEY).post("/api/batches", """
                [{"id": "x", "prompt": "a kite", "provider": "sora", "compare": ["sora", "runway"]}]""");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().toString()).contains("leave provider and model out");
    }

    private static JsonNode awaitBatch(ApiClient api, String batch) {
        JsonNode[] last = new JsonNode[1];
        await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofMillis(100)).until(() -> {
            ApiClient.Answer a = api.get("/api/batches/" + batch);
            last[0] = a.status() == 200 ? a.json() : null;
            return last[0] != null && last[0].get("complete").asBoolean() && last[0].hasNonNull("manifest");
        });
        return last[0];
    }
}
