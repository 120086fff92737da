package com.videopipeline;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.videopipeline.simulator.ProviderSimulator;
import com.videopipeline.simulator.SimulatorProperties;
import com.videopipeline.simulator.SimulatorStats;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/** A crash (kill -9) at any moment must neither lose nor double-pay a job, so the real jar is killed repeatedly. */
class CrashRecoveryIT {

    private static final int JOBS = 100;
    private static final String DROP_FILE = "crash-prompts.jsonl";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Kept when the test fails: the run logs and the ledger are the evidence. */
    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path workDir;

    private ProviderSimulator provider;
    private PipelineProcess pipeline;
    private final List<String> killLog = new ArrayList<>();

    @BeforeEach
    void startProvider() {
        // the provider lives in the test JVM, so it outlives every pipeline run and remembers every paid job
        provider = new ProviderSimulator(SimulatorProperties.defaults().withPort(0)
                .withGenerationTime(Duration.ofMillis(1500)));
        provider.start();
    }

    @AfterEach
    void stopAll() throws InterruptedException {
        if (pipeline != null && pipeline.isAlive()) {
            pipeline.kill();
        }
        provider.stop();
    }

    @Test
    void shouldDeliverEveryJobExactlyOnceAcrossRepeatedKills() throws Exception {
        long started = System.nanoTime();
        TestFiles.copyTree(Path.of("routes"), workDir.resolve("routes"));
        TestFiles.copyTree(Path.of("config"), workDir.resolve("config"));
        PipelineTestSupport.drop(workDir.resolve("inbox"), DROP_FILE, prompts());

        run(1);
        // normally mid-ingest (the report still being written) with the first submits under way; a fast ingest
        // may finish first, then the kill simply lands mid-submission
        killWhen("mid-ingest and mid-submission", Duration.ofMillis(10),
                () -> reportBeingWritten() && created() >= 1 || created() >= 15);

        run(2);
        // the drop file is moved only after its report is published: a crash in between must not read it twice.
        // That gap lasts a few milliseconds, hence the fast polling; if the ingest is over, kill mid-submission
        long atStart2 = created();
        killWhen("ingest report published, drop file not yet moved", Duration.ofMillis(1),
                () -> reportPublishedButFileNotMoved() || !dropFileInInbox() && created() >= atStart2 + 10);

        run(3);
        killWhen("mid-delivery: >= 30 videos in the outbox", Duration.ofMillis(50), () -> videosInOutbox() >= 30);

        run(4);
        killMidSubmissionOrElseMidDelivery();

        run(5);
        Path manifestFile = awaitManifest();
        pipeline.stop();
        double seconds = (System.nanoTime() - started) / 1e9;

        JsonNode manifest = JSON.readTree(manifestFile.toFile());
        Map<String, JsonNode> jobs = new TreeMap<>();
        manifest.get("jobs").forEach(job -> jobs.put(job.get("id").asText(), job));
        Map<String, Long> byStatus = jobs.values().stream().collect(Collectors.groupingBy(
                job -> job.get("provider").asText() + "/" + job.get("status").asText(), TreeMap::new,
                Collectors.counting()));
        long uncertain = byStatus.getOrDefault("runway/uncertain", 0L);
        long runwayDelivered = byStatus.getOrDefault("runway/delivered", 0L);
        SimulatorStats stats = provider.stats();
        Map<String, Integer> ledger = ledgerCounts();

        System.out.printf("CrashRecoveryIT: %d kills in %.1f s; %s; manifest %s; uncertain runway jobs %d;"
                        + " provider jobs created: openai %d, runway %d; ledger %s; work dir %s%n",
                killLog.size(), seconds, killLog, byStatus, uncertain, stats.openai().jobsCreated(),
                stats.runway().jobsCreated(), ledger, workDir);

        // soft: a broken ingest record must not hide a double payment, or the other way round
        SoftAssertions softly = new SoftAssertions();
        String context = String.format("kills %s; manifest statuses %s; ledger %s", killLog, byStatus, ledger);
        softly.assertThat(batchFolders()).as("one batch folder in the outbox: the drop file made one batch; %s",
                context).hasSize(1);
        softly.assertThat(ledger).as("the ledger holds one batch of %d jobs", JOBS)
                .containsEntry("batches", 1).containsEntry("jobs", JOBS);
        assertIngestRecordedOnce(softly);

        softly.assertThat(jobs.keySet()).as("the manifest accounts for every line")
                .isEqualTo(IntStream.range(0, JOBS).mapToObj(CrashRecoveryIT::jobId).collect(Collectors.toSet()));
        softly.assertThat(byStatus).as("every sora job delivered (a lost sora submit is found at the provider); a"
                        + " runway job delivered or held uncertain (killed between Runway's accept and the ledger's"
                        + " record); nothing failed; %s", context)
                .containsEntry("sora/delivered", (long) JOBS / 2);
        // a subset: no kill may have landed between Runway's accept and the ledger's record, then none is uncertain
        softly.assertThat(byStatus.keySet()).as("statuses; %s", context)
                .isSubsetOf("sora/delivered", "runway/delivered", "runway/uncertain");
        softly.assertThat(stats.openai().jobsCreated()).as("sora jobs paid: each exactly once; %s", context)
                .isEqualTo(JOBS / 2);
        // every delivered runway job was paid once; an uncertain one may or may not have been; none twice
        softly.assertThat(stats.runway().jobsCreated()).as("runway jobs paid: between delivered and delivered +"
                + " uncertain; %s", context).isBetween(runwayDelivered, runwayDelivered + uncertain);
        List<String> providerIds = jobs.values().stream().map(job -> job.path("providerJobId").asText(null))
                .filter(id -> id != null).toList();
        softly.assertThat(providerIds).as("no provider job followed by two of our jobs").doesNotHaveDuplicates()
                .hasSize((int) (JOBS / 2 + runwayDelivered));

        assertOutboxHoldsEachDeliveryOnce(softly, manifestFile.getParent(), jobs);
        try {
            softly.assertAll();
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "\nwork dir " + workDir + "\n" + pipeline.tail(), e);
        }
    }

    /** One drop, one report: a second report in .done/ means a restart read the file again. */
    private void assertIngestRecordedOnce(SoftAssertions softly) throws IOException {
        Path done = workDir.resolve("inbox/.done");
        List<Path> reports = TestFiles.files(done, ".report.json");
        Map<String, String> outcomes = new TreeMap<>();
        for (Path report : reports) {
            outcomes.put(report.getFileName().toString(), JSON.readTree(report.toFile()).at("/summary/outcome").asText()
                    + " (" + JSON.readTree(report.toFile()).at("/summary/accepted").asInt() + " accepted)");
        }
        softly.assertThat(outcomes.keySet()).as("exactly one ingest report for the one drop file; .done/ holds %s,"
                        + " the reports say %s; kills %s", listing(done), outcomes, killLog)
                .containsExactly(DROP_FILE + ".report.json");
        softly.assertThat(done.resolve(DROP_FILE)).as("the drop file sits in .done/ under its own name, beside its"
                + " report").exists();
        softly.assertThat(workDir.resolve("inbox").resolve(DROP_FILE)).as("the drop file left the inbox")
                .doesNotExist();
    }

    /** Starts run {@code n} of the jar against the test's provider, with short timings and room for 20 jobs at once. */
    private void run(int n) throws IOException {
        pipeline = PipelineProcess.start(workDir, workDir.resolve("run-" + n + ".log"), List.of(
                "--simulator.enabled=false", "--simulator.port=" + provider.port(), "--server.port=0",
                "--pipeline.jobs.tick-millis=200", "--pipeline.jobs.retry-delay=200ms",
                "--pipeline.providers.sora.poll-interval=200ms", "--pipeline.providers.runway.poll-interval=200ms",
                "--pipeline.ingest.settle-millis=300",
                "--pipeline.providers.sora.max-concurrent-jobs=10",
                "--pipeline.providers.runway.max-concurrent-jobs=10"));
    }

    /** Waits for {@code condition} (failing at once if the run dies by itself), then kills the run with SIGKILL. */
    private void killWhen(String state, Duration poll, Callable<Boolean> condition) throws Exception {
        awaitWhileAlive(state, Duration.ofSeconds(90), poll, condition);
        pipeline.kill();
        SimulatorStats stats = provider.stats();
        // read after the kill, so nothing moves: what was paid, what was delivered, where the ingest stood
        killLog.add(String.format("kill %d (%s): created openai %d runway %d, %d videos out, ingest %s",
                killLog.size() + 1, state, stats.openai().jobsCreated(), stats.runway().jobsCreated(),
                videosInOutbox(), ingestState()));
    }

    private Path awaitManifest() throws IOException {
        awaitWhileAlive("the batch manifest after the last restart", Duration.ofMinutes(2), Duration.ofMillis(200),
                () -> !manifests().isEmpty());
        return manifests().get(0);
    }

    /**
     * At least a few submits of this very run, so the kill lands while this process is submitting; when a fast
     * machine created every job before, there is nothing left to submit, so mid-delivery again (a wait for submits
     * that cannot come would only time out).
     */
    private void killMidSubmissionOrElseMidDelivery() throws Exception {
        long created = created();
        if (created + 5 <= JOBS) {
            long target = Math.max(60, created + 5);
            killWhen("mid-submission: >= " + target + " jobs created at the provider", Duration.ofMillis(50),
                    () -> created() >= target);
        } else {
            long videos = videosInOutbox() + 5;
            killWhen("mid-delivery (every job created already): >= " + videos + " videos in the outbox, or the"
                    + " batch complete", Duration.ofMillis(50),
                    () -> videosInOutbox() >= videos || !manifests().isEmpty());
        }
    }

    /** Awaits {@code condition}; a run that dies, or a wait that times out, fails with the run's log. */
    private void awaitWhileAlive(String what, Duration atMost, Duration poll, Callable<Boolean> condition) {
        try {
            await(what).atMost(atMost).pollInterval(poll).until(() -> {
                pipeline.assertAlive();
                return condition.call();
            });
        } catch (ConditionTimeoutException e) {
            throw new AssertionError(e.getMessage() + "; kills so far " + killLog + "\n" + pipeline.tail(), e);
        }
    }

    private void assertOutboxHoldsEachDeliveryOnce(SoftAssertions softly, Path batchDir, Map<String, JsonNode> jobs)
            throws IOException, NoSuchAlgorithmException {
        List<JsonNode> delivered = jobs.values().stream().filter(j -> "delivered".equals(j.get("status").asText()))
                .toList();
        Set<String> expected = new TreeSet<>(Set.of("manifest.json"));
        JSON.readTree(batchDir.resolve("manifest.json").toFile()).path("reports").forEach(file -> {
            if (file.isTextual()) {
                expected.add(file.asText());
            } else {
                file.forEach(poster -> expected.add(poster.asText()));
            }
        });
        for (JsonNode job : delivered) {
            job.get("files").forEach(name -> {
                if (!name.isNull()) {
                    expected.add(name.asText());
                }
            });
        }
        // exactly the files the manifest names: a second copy, a leftover .tmp or a hidden half-write would show here
        softly.assertThat(new TreeSet<>(listing(batchDir))).as("the batch folder holds exactly what the manifest"
                + " lists").isEqualTo(expected);
        softly.assertThat(TestFiles.files(workDir.resolve("outbox"), ".mp4")).as("one video per delivered job in the outbox")
                .hasSize(delivered.size());

        for (JsonNode job : delivered) {
            Path video = batchDir.resolve(job.at("/files/video").asText());
            JsonNode sidecar = JSON.readTree(batchDir.resolve(job.at("/files/sidecar").asText()).toFile());
            String sha256 = TestFiles.sha256(video);
            softly.assertThat(sidecar.get("sha256").asText()).as("sidecar of %s describes the file beside it", video)
                    .isEqualTo(sha256).isEqualTo(job.get("sha256").asText());
            softly.assertThat(sidecar.get("providerJobId").asText()).as("sidecar and manifest agree on %s", video)
                    .isEqualTo(job.get("providerJobId").asText());
        }
    }

    /** 100 distinct prompts with explicit ids, half for each provider; distinct so a lost sora submit can be found. */
    private static String prompts() {
        return IntStream.range(0, JOBS).mapToObj(i -> String.format(
                "{\"id\":\"%s\",\"prompt\":\"crash test shot %d: a paper boat on a pond, take %d\","
                        + "\"provider\":\"%s\",\"seconds\":4}", jobId(i), i, i * 7 + 3, i % 2 == 0 ? "sora" : "runway"))
                .collect(Collectors.joining("\n", "", "\n"));
    }

    private static String jobId(int i) {
        return String.format("job-%03d", i);
    }

    /** Where the ingest of the drop file stood when a run was killed (read after the kill, so it cannot move). */
    private String ingestState() throws IOException {
        if (!dropFileInInbox()) {
            return "done";
        }
        if (reportPublishedButFileNotMoved()) {
            return "report published, drop file not yet moved";
        }
        return reportBeingWritten() ? "reading lines" : "not started";
    }

    private boolean dropFileInInbox() {
        return Files.exists(workDir.resolve("inbox").resolve(DROP_FILE));
    }

    private boolean reportPublishedButFileNotMoved() {
        return Files.exists(workDir.resolve("inbox/.done").resolve(DROP_FILE + ".report.json")) && dropFileInInbox();
    }

    /** The report is written under data/work/reports while the lines are read, and moved to .done/ at the end. */
    private boolean reportBeingWritten() throws IOException {
        return !TestFiles.files(workDir.resolve("data/work/reports"), ".report.json").isEmpty();
    }

    private long created() {
        SimulatorStats stats = provider.stats();
        return stats.openai().jobsCreated() + stats.runway().jobsCreated();
    }

    private int videosInOutbox() throws IOException {
        return TestFiles.files(workDir.resolve("outbox"), ".mp4").size();
    }

    /** Every name in {@code dir}, hidden ones included. */
    private static List<String> listing(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private List<Path> batchFolders() throws IOException {
        Path outbox = workDir.resolve("outbox");
        if (!Files.isDirectory(outbox)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(outbox)) {
            return list.filter(Files::isDirectory).sorted().toList();
        }
    }

    private List<Path> manifests() throws IOException {
        return batchFolders().stream().map(dir -> dir.resolve("manifest.json")).filter(Files::exists).toList();
    }

    /** Read straight from the ledger once the jar has stopped: the one place a second batch cannot hide. */
    private Map<String, Integer> ledgerCounts() throws SQLException {
        Map<String, Integer> counts = new HashMap<>();
        String url = "jdbc:h2:file:" + workDir.resolve("data/ledger").toAbsolutePath();
        try (Connection db = DriverManager.getConnection(url, "sa", ""); Statement sql = db.createStatement()) {
            counts.put("batches", count(sql, "SELECT COUNT(*) FROM batch"));
            counts.put("jobs", count(sql, "SELECT COUNT(*) FROM job"));
            try (ResultSet rs = sql.executeQuery("SELECT state, COUNT(*) FROM job GROUP BY state")) {
                while (rs.next()) {
                    counts.put(rs.getString(1), rs.getInt(2));
                }
            }
        }
        return new TreeMap<>(counts);
    }

    private static int count(Statement sql, String query) throws SQLException {
        try (ResultSet rs = sql.executeQuery(query)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
