package com.videopipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.util.TestSocketUtils;

/** Settings that make a full pipeline fast and private to one test class: own folders, own simulator port. */
public final class PipelineTestSupport {

    private PipelineTestSupport() {
    }

    /** Points every folder into {@code root} and runs the simulator and stages on short timings. */
    public static void register(DynamicPropertyRegistry registry, Path root) {
        properties(root, TestSocketUtils.findAvailableTcpPort()).forEach((key, value) -> registry.add(key, () -> value));
    }

    /** As {@link #register(DynamicPropertyRegistry, Path)}, with some settings replaced. */
    public static void register(DynamicPropertyRegistry registry, Path root, Map<String, Object> overrides) {
        Map<String, Object> p = properties(root, TestSocketUtils.findAvailableTcpPort());
        p.putAll(overrides);
        p.forEach((key, value) -> registry.add(key, () -> value));
    }

    /** As {@link #register(DynamicPropertyRegistry, Path)}, with the ledger in another database. */
    public static void register(DynamicPropertyRegistry registry, Path root, String ledgerUrl, String user) {
        Map<String, Object> p = properties(root, TestSocketUtils.findAvailableTcpPort());
        p.put("spring.datasource.url", ledgerUrl);
        p.put("spring.datasource.username", user);
        p.put("spring.datasource.password", "");
        p.forEach((key, value) -> registry.add(key, () -> value));
    }

    /** The same settings as a map, for tests that start the application themselves (restarts). */
    public static Map<String, Object> properties(Path root, int simulatorPort) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("simulator.port", simulatorPort);
        p.put("simulator.generation-time", "600ms");
        p.put("simulator.openai-poll-after", "100ms");
        p.put("pipeline.providers.sora.poll-interval", "100ms");
        p.put("pipeline.providers.runway.poll-interval", "100ms");
        p.put("pipeline.jobs.tick-millis", "100");
        p.put("pipeline.jobs.retry-delay", "100ms");
        p.put("pipeline.ingest.settle-millis", "200");
        p.put("pipeline.ingest.poll-millis", "100");
        p.put("pipeline.ingest.inbox", root.resolve("inbox").toString());
        p.put("pipeline.ingest.report-dir", root.resolve("work/reports").toString());
        p.put("pipeline.jobs.work-dir", root.resolve("work").toString());
        p.put("pipeline.outbox.dir", root.resolve("outbox").toString());
        p.put("server.port", "0");
        p.put("spring.datasource.url", ledgerUrl(root));
        // each context embeds its own broker: a journal shared between two would be locked by the first. In memory
        // unless a test needs the journal: JUnit deletes a class's folder while its cached context lives on, and a
        // broker whose journal vanishes shuts down (and its consumer retries for ever, filling the log)
        p.put("spring.artemis.embedded.data-directory", root.resolve("data/artemis").toString());
        p.put("spring.artemis.embedded.persistent", "false");
        return p;
    }

    /** The ledger database of a test whose folders are under {@code root}. */
    public static String ledgerUrl(Path root) {
        return "jdbc:h2:file:" + root.resolve("data/ledger").toAbsolutePath() + ";WRITE_DELAY=0";
    }

    /** Drops a file the way a careful writer does: written under a hidden name, then renamed into place. */
    public static Path drop(Path inbox, String name, String content) throws IOException {
        Files.createDirectories(inbox);
        Path tmp = inbox.resolve("." + name + ".part");
        Files.writeString(tmp, content);
        return Files.move(tmp, inbox.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    /** Copies a sample file from {@code samples/} into the inbox. */
    public static Path dropSample(Path inbox, String name) throws IOException {
        return drop(inbox, name, Files.readString(Path.of("samples", name)));
    }
}
