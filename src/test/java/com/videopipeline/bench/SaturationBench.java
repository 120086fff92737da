package com.videopipeline.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.videopipeline.Manifests;
import com.videopipeline.PipelineTestSupport;
import com.videopipeline.VideoPipelineApplication;
import com.videopipeline.job.JobStatusQuery;
import com.videopipeline.job.JobStore;
import com.videopipeline.job.VideoJob;
import com.videopipeline.simulator.FaultLimits;
import com.videopipeline.simulator.FaultSettings;
import com.videopipeline.simulator.ProviderFaults;
import com.videopipeline.simulator.ProviderSimulator;
import com.videopipeline.simulator.SimulatorProperties;
import com.videopipeline.simulator.SimulatorStats;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.camel.CamelContext;
import org.awaitility.core.ConditionTimeoutException;
import org.apache.camel.api.management.ManagedCamelContext;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Saturation benchmark: N jobs against a standalone simulator whose account allows C concurrent generations per
 * model, each taking T. How close does the pipeline come to ceil(N/C)·T, and does it stay within the limit (no
 * 429s, no THROTTLED tasks, no retries, no failures)?
 *
 * <p>Not a test surefire picks up by itself (its name matches none of the default includes), so {@code mvn verify}
 * never runs it; {@code bash bench/saturation.sh [N] [C] [T_ms]} does. See {@code bench/README.md}.
 */
class SaturationBench {

    private static final Duration MANIFEST_POLL = Duration.ofMillis(5);

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void saturation() throws Exception {
        BenchSettings settings = BenchSettings.fromSystemProperties();
        Path root = Files.createTempDirectory("saturation-bench");
        ProviderSimulator provider = new ProviderSimulator(simulator(settings));
        provider.start();
        ConfigurableApplicationContext app = null;
        LogCounter log = null;
        try {
            Map<String, String> pipelineSettings = pipelineSettings(settings, root, provider.port());
            app = start(pipelineSettings);
            JobStore store = app.getBean("jobStore", JobStore.class);
            JobStatusQuery status = app.getBean("jobStatus", JobStatusQuery.class);
            CamelContext camelContext = app.getBean(CamelContext.class);
            ManagedCamelContext camel = camelContext.getCamelContextExtension()
                    .getContextPlugin(ManagedCamelContext.class);
            log = LogCounter.attach();

            if (settings.warmup() > 0) {
                runBatch(root, status, "warmup", settings.warmup(), settings);
            }
            provider.reset();
            RouteStats.reset(camel);
            log.clear();

            long sampleMillis = Long.getLong("bench.sample-ms", 0L);
            SlotSampler sampler = sampleMillis > 0 ? new SlotSampler(store, settings.provider(), sampleMillis,
                    () -> camelContext.getInflightRepository().size("submit-jobs")) : null;
            if (sampler != null) {
                sampler.start();
            }
            String loadBefore = loadAverage();
            BatchRun run = runBatch(root, status, "saturation", settings.jobs(), settings);
            String loadAfter = loadAverage();
            if (sampler != null) {
                sampler.stop();
            }

            List<VideoJob> jobs = run.batchId() == null ? List.of() : store.batch(run.batchId());
            SimulatorStats simulatorStats = provider.stats();
            Map<String, RouteStats> routeStats = RouteStats.read(camel);
            // Runway tells creation times in ms; OpenAI's created_at is in whole seconds, too coarse for this
            Map<String, Instant> createdAt = settings.provider().equals("runway")
                    ? ProviderView.createdAt(provider.runwayBaseUrl(), jobs) : Map.of();
            BenchReport report = new BenchReport(settings, pipelineSettings, run, jobs,
                    run.batchId() == null ? null : status.batch(run.batchId()).orElse(null), simulatorStats,
                    routeStats, createdAt, log, loadBefore, loadAfter);
            String text = report.render()
                    + (sampler == null ? "" : sampler.report(jobs, settings.concurrency()))
                    + (Boolean.getBoolean("bench.keep") ? "run files kept in " + root + "\n" : "");
            System.out.println(text);
            Files.createDirectories(settings.out().toAbsolutePath().getParent());
            Files.writeString(settings.out(), text);

            assertThat(run.completed()).as("the batch completed within the time limit").isTrue();
            if (settings.enforce()) {
                assertThat(report.failures()).as("failures").isZero();
                assertThat(report.saturation()).as("saturation").isGreaterThanOrEqualTo(BenchSettings.TARGET);
            }
        } finally {
            if (log != null) {
                log.detach();
            }
            if (app != null) {
                app.close();
            }
            provider.stop();
            if (!Boolean.getBoolean("bench.keep")) {
                deleteTree(root);
            }
        }
    }

    /**
     * The provider: generation time T, the account's limit C per model on the benchmarked provider, no faults. Its
     * poll hint (OpenAI's openai-poll-after-ms, which the pipeline honours when longer than its own interval) is the
     * pipeline's poll interval, so the hint does not decide the pace.
     */
    private static SimulatorProperties simulator(BenchSettings s) {
        SimulatorProperties d = SimulatorProperties.defaults();
        ProviderFaults limited = ProviderFaults.none().withLimits(new FaultLimits(s.concurrency(), 0, 0));
        FaultSettings faults = s.provider().equals("sora") ? FaultSettings.none().withOpenai(limited)
                : FaultSettings.none().withRunway(limited);
        return new SimulatorProperties(true, d.host(), 0, d.threads(), s.generation(),
                Duration.ofMillis(Math.max(1, s.pollMillis())), d.outputTtl(), d.paddingBytes(), d.fps(),
                d.openaiModels(), d.runwayModels(), faults);
    }

    /**
     * Everything the figure depends on, as command-line arguments (builder properties would be defaults that
     * config/application.yml overrides). The account's tier (C) is configured on both sides, as an operator should.
     */
    private static Map<String, String> pipelineSettings(BenchSettings s, Path root, int simulatorPort) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("simulator.enabled", "false");
        p.put("simulator.port", String.valueOf(simulatorPort));
        p.put("pipeline.providers." + s.provider() + ".max-concurrent-jobs", String.valueOf(s.concurrency()));
        p.put("pipeline.providers." + s.provider() + ".models.[" + s.model() + "].max-concurrent-jobs",
                String.valueOf(s.concurrency()));
        p.put("pipeline.providers." + s.provider() + ".poll-interval", s.pollMillis() + "ms");
        p.put("pipeline.providers." + s.provider() + ".finish-poll-interval", s.finishPollMillis() + "ms");
        p.put("pipeline.jobs.tick-millis", String.valueOf(s.tickMillis()));
        p.put("pipeline.jobs.submit-batch", String.valueOf(Math.max(8, s.concurrency())));
        p.put("pipeline.ingest.settle-millis", "200");
        p.put("pipeline.ingest.poll-millis", "100");
        p.put("pipeline.ingest.inbox", root.resolve("inbox").toString());
        p.put("pipeline.ingest.report-dir", root.resolve("work/reports").toString());
        p.put("pipeline.jobs.work-dir", root.resolve("work").toString());
        p.put("pipeline.outbox.dir", root.resolve("outbox").toString());
        p.put("server.port", "0");
        p.put("spring.datasource.url", PipelineTestSupport.ledgerUrl(root));
        p.putAll(s.extra());
        return p;
    }

    private static ConfigurableApplicationContext start(Map<String, String> settings) {
        String[] args = settings.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(VideoPipelineApplication.class).run(args);
    }

    /** Drops one N-line JSONL file and waits for its manifest; the clock runs from the drop to the manifest. */
    private BatchRun runBatch(Path root, JobStatusQuery status, String name, int n, BenchSettings s)
            throws Exception {
        String nonce = UUID.randomUUID().toString().substring(0, 8);
        StringBuilder content = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            content.append(json.writeValueAsString(Map.of(
                    "id", String.format("%s-%04d", name, i),
                    "prompt", "bench " + nonce + " shot " + i + ": " + Prompts.scene(i),
                    "seconds", s.seconds(),
                    "provider", s.provider(),
                    "model", s.model()))).append('\n');
        }
        Duration limit = s.idealMakespan().multipliedBy(5).plusSeconds(120);
        Instant dropped = Instant.now();
        long start = System.nanoTime();
        PipelineTestSupport.drop(root.resolve("inbox"), name + ".jsonl", content.toString());
        try {
            await().atMost(limit).pollDelay(Duration.ZERO).pollInterval(MANIFEST_POLL)
                    .until(() -> Manifests.find(root, name + "-jsonl-") != null);
        } catch (ConditionTimeoutException notInTime) {
            // reported below as an incomplete batch
        }
        long end = System.nanoTime();
        Path manifest = Manifests.find(root, name + "-jsonl-");
        if (manifest == null) {
            // not complete in time: report on the batch as far as it got
            String open = status.openBatches().stream().map(b -> b.batch())
                    .filter(b -> b.sourceFile().equals(name + ".jsonl")).map(b -> b.id()).findFirst().orElse(null);
            return new BatchRun(name, open, dropped, Duration.ofNanos(end - start), null, false);
        }
        JsonNode document = Manifests.read(manifest);
        return new BatchRun(name, document.get("batch").asText(), dropped, Duration.ofNanos(end - start), document,
                true);
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "n/a";
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** One measured batch: from the drop of its file to the sight of its manifest. */
    record BatchRun(String name, String batchId, Instant dropped, Duration makespan, JsonNode manifest,
                    boolean completed) {
    }
}
