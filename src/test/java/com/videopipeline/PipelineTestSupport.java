package com.videopipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.util.TestSocketUtils;

/** Settings that make a full pipeline fast and private to one test class: own folders, own simulator port. */
public final class PipelineTestSupport {

    private PipelineTestSupport() {
    }

    /** Points every folder into {@code root} and runs the simulator and stages on short timings. */
    public static void register(DynamicPropertyRegistry registry, Path root) {
        int simulatorPort = TestSocketUtils.findAvailableTcpPort();
        registry.add("simulator.port", () -> simulatorPort);
        registry.add("simulator.generation-time", () -> "600ms");
        registry.add("simulator.openai-poll-after", () -> "100ms");
        registry.add("pipeline.providers.sora.poll-interval", () -> "100ms");
        registry.add("pipeline.providers.runway.poll-interval", () -> "100ms");
        registry.add("pipeline.jobs.tick-millis", () -> "100");
        registry.add("pipeline.jobs.retry-delay", () -> "100ms");
        registry.add("pipeline.ingest.settle-millis", () -> "200");
        registry.add("pipeline.ingest.poll-millis", () -> "100");
        registry.add("pipeline.ingest.inbox", () -> root.resolve("inbox").toString());
        registry.add("pipeline.ingest.report-dir", () -> root.resolve("work/reports").toString());
        registry.add("pipeline.jobs.work-dir", () -> root.resolve("work").toString());
        registry.add("pipeline.outbox.dir", () -> root.resolve("outbox").toString());
        registry.add("server.port", () -> "0");
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
