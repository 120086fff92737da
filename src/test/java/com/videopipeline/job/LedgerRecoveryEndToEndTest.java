package com.videopipeline.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.videopipeline.PipelineTestSupport;
import com.videopipeline.VideoPipelineApplication;
import com.videopipeline.simulator.ProviderSimulator;
import com.videopipeline.simulator.SimulatorProperties;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Never lose a job, never pay twice: the pipeline stops while jobs are at the provider, and the provider (a
 * standalone simulator) lives on. The next run resumes from the ledger instead of submitting again.
 */
class LedgerRecoveryEndToEndTest {

    @TempDir
    Path root;

    private ProviderSimulator provider;
    private ConfigurableApplicationContext app;
    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void startProvider() {
        provider = new ProviderSimulator(SimulatorProperties.defaults().withPort(0)
                .withGenerationTime(Duration.ofSeconds(3)));
        provider.start();
    }

    @AfterEach
    void stopAll() {
        if (app != null) {
            app.close();
        }
        provider.stop();
    }

    @Test
    void shouldResumePollingAfterRestartWithoutSubmittingAgain() throws Exception {
        app = startPipeline();
        PipelineTestSupport.drop(root.resolve("inbox"), "resume.txt", "a lighthouse in fog\na fox in snow\n");
        await().atMost(Duration.ofSeconds(30)).until(() -> provider.stats().runway().jobsCreated() == 2);
        app.close();

        app = startPipeline();
        JsonNode manifest = awaitManifest("resume-txt");

        assertThat(manifest.at("/counts/delivered").asInt()).isEqualTo(2);
        assertThat(provider.stats().runway().jobsCreated()).as("paid once per job").isEqualTo(2);
    }

    @Test
    void shouldFindALostSoraSubmitAndHoldALostRunwaySubmitInsteadOfPayingTwice() throws Exception {
        String prompt = "a glass of water on a windowsill";
        String lostVideo = createSoraVideoDirectly(prompt);
        ledgerWithTwoLostSubmits(prompt);

        app = startPipeline();
        JsonNode manifest = awaitManifest("lost-batch");

        Map<String, JsonNode> jobs = new HashMap<>();
        manifest.get("jobs").forEach(j -> jobs.put(j.get("id").asText(), j));
        assertThat(jobs.get("lost-sora").get("status").asText()).isEqualTo("delivered");
        assertThat(jobs.get("lost-sora").get("providerJobId").asText()).isEqualTo(lostVideo);
        assertThat(jobs.get("lost-runway").get("status").asText()).isEqualTo("uncertain");
        assertThat(jobs.get("lost-runway").at("/failure/message").asText()).contains("operator");
        assertThat(provider.stats().openai().jobsCreated()).as("the lost job was found, not paid again").isEqualTo(1);
        assertThat(provider.stats().runway().jobsCreated()).isZero();
    }

    @Test
    void shouldResumeReadingAFileThatAStoppedRunHadHalfRead() throws Exception {
        String content = String.join("\n",
                "{\"id\": \"first\", \"prompt\": \"a red kite\", \"seconds\": 4}",
                "{\"id\": \"second\", \"prompt\": \"a blue kite\", \"seconds\": 4}",
                "{\"id\": \"third\", \"prompt\": \"a green kite\", \"seconds\": 4}", "");
        Path file = Files.createDirectories(root.resolve("inbox")).resolve(".kites.jsonl.part");
        Files.writeString(file, content);
        ledgerWithHalfReadFile(Fingerprint.of(file), "first");

        app = startPipeline();
        Files.move(file, root.resolve("inbox/kites.jsonl"));
        JsonNode manifest = awaitManifest("half-read");

        assertThat(manifest.get("jobs")).extracting(j -> j.get("id").asText())
                .containsExactly("first", "second", "third");
        assertThat(manifest.at("/counts/delivered").asInt()).isEqualTo(3);
        assertThat(provider.stats().runway().jobsCreated()).as("the first line was not recorded twice").isEqualTo(3);
    }

    private ConfigurableApplicationContext startPipeline() {
        Map<String, Object> props = PipelineTestSupport.properties(root, provider.port());
        props.put("simulator.enabled", "false");
        // command-line arguments, because builder properties are defaults that config/application.yml overrides
        String[] args = props.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(VideoPipelineApplication.class).run(args);
    }

    /** What a crash while reading a file leaves behind: its batch, unsealed, with the lines read so far. */
    private void ledgerWithHalfReadFile(String sha, String recordedId) {
        DriverManagerDataSource db = new DriverManagerDataSource(PipelineTestSupport.ledgerUrl(root), "sa", "");
        Flyway.configure().dataSource(db).load().migrate();
        NamedParameterJdbcTemplate jdbc = new NamedParameterJdbcTemplate(db);
        JdbcJobStore store = new JdbcJobStore(jdbc, new TransactionTemplate(new DataSourceTransactionManager(db)),
                new LedgerProperties(Duration.ofMinutes(15), true, LedgerProperties.UncertainPolicy.HOLD));
        new BatchTracker(jdbc, Clock.systemUTC()).open("half-read", "kites.jsonl", sha);
        VideoJob recorded = Jobs.runwayJob("half-read", recordedId, "a red kite", 4);
        recorded.dueAt(Instant.now());
        store.add(recorded);
    }

    /** What a crash mid-submit leaves behind: jobs recorded as SUBMITTING, with no provider id. */
    private void ledgerWithTwoLostSubmits(String prompt) {
        DriverManagerDataSource db = new DriverManagerDataSource(PipelineTestSupport.ledgerUrl(root), "sa", "");
        Flyway.configure().dataSource(db).load().migrate();
        NamedParameterJdbcTemplate jdbc = new NamedParameterJdbcTemplate(db);
        JdbcJobStore store = new JdbcJobStore(jdbc, new TransactionTemplate(new DataSourceTransactionManager(db)),
                new LedgerProperties(Duration.ofMinutes(15), true, LedgerProperties.UncertainPolicy.HOLD));
        BatchTracker batches = new BatchTracker(jdbc, Clock.systemUTC());
        batches.open("lost-batch", "lost.jsonl", null);
        Instant before = Instant.now().minusSeconds(5);
        store.add(lostSubmit(Jobs.soraJob("lost-batch", "lost-sora", prompt), before));
        store.add(lostSubmit(Jobs.runwayJob("lost-batch", "lost-runway"), before));
        batches.seal("lost-batch", 2, 0, null);
    }

    private static VideoJob lostSubmit(VideoJob job, Instant at) {
        job.moveTo(JobState.SUBMITTING, at);
        job.nextAttempt();
        job.timeline().submitting(at);
        return job;
    }

    /** The provider job a lost submit created: made on the provider, never recorded in the ledger. */
    private String createSoraVideoDirectly(String prompt) throws Exception {
        String body = "{\"model\":\"sora-2\",\"prompt\":\"" + prompt + "\",\"seconds\":\"4\",\"size\":\"1280x720\"}";
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + provider.port()
                        + "/openai/v1/videos"))
                .header("Authorization", "Bearer sk-test").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        String response = HttpClient.newHttpClient().send(request, BodyHandlers.ofString()).body();
        return json.readTree(response).get("id").asText();
    }

    private JsonNode awaitManifest(String batchPrefix) throws IOException {
        Path outbox = root.resolve("outbox");
        await().atMost(Duration.ofSeconds(60)).until(() -> manifest(outbox, batchPrefix) != null);
        return json.readTree(manifest(outbox, batchPrefix).toFile());
    }

    private static Path manifest(Path outbox, String batchPrefix) throws IOException {
        if (!Files.isDirectory(outbox)) {
            return null;
        }
        try (var dirs = Files.list(outbox)) {
            return dirs.filter(d -> d.getFileName().toString().startsWith(batchPrefix))
                    .map(d -> d.resolve("manifest.json")).filter(Files::exists).findFirst().orElse(null);
        }
    }
}
