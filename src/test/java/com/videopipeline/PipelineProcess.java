package com.videopipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** One run of the packaged jar as a child process, so a test can kill it with SIGKILL like a crash would. */
final class PipelineProcess {

    private final Process process;
    private final Path log;

    private PipelineProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /**
     * Starts the jar in {@code workDir} with {@code args}; its stdout and stderr go to {@code log}, or, under
     * Maven, to a file of that name in the build's {@code process-logs}, kept for the suite's secret scan.
     */
    static PipelineProcess start(Path workDir, Path log, List<String> args) throws IOException {
        return start(workDir, log, List.of("-Xmx384m"), args);
    }

    /** As {@link #start(Path, Path, List)}, with JVM options (heap, {@code -Dloader.main=...}). */
    static PipelineProcess start(Path workDir, Path log, List<String> jvmOptions, List<String> args)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(javaBin()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar().toString()));
        command.addAll(args);
        Path kept = kept(workDir, log);
        Process process = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectErrorStream(true).redirectOutput(kept.toFile()).start();
        return new PipelineProcess(process, kept);
    }

    /** Fails at once, with the log, when the run died by itself: waiting on a dead process only hides why. */
    void assertAlive() {
        assertThat(process.isAlive()).as("the pipeline died by itself (exit %s); log:%n%s",
                process.isAlive() ? "-" : process.exitValue(), tail()).isTrue();
    }

    /** SIGKILL on Linux: no shutdown hook, no Camel or H2 shutdown, like a power cut or the OOM killer. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("killed process is gone").isTrue();
    }

    /** SIGTERM, then SIGKILL if the orderly shutdown hangs; a stuck shutdown is not what this test is about. */
    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            kill();
        }
    }

    /** Waits for the run to end by itself; its exit code, or null when it was still running at the deadline. */
    Integer awaitExit(long seconds) throws InterruptedException {
        return process.waitFor(seconds, TimeUnit.SECONDS) ? process.exitValue() : null;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** The last lines of the run's log, for assertion messages. */
    String tail() {
        try {
            if (!Files.exists(log)) {
                return "(no log)";
            }
            List<String> lines = Files.readAllLines(log);
            return log.getFileName() + ":\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 40),
                    lines.size()));
        } catch (IOException e) {
            return "(log unreadable: " + e + ")";
        }
    }

    private static Path kept(Path workDir, Path log) throws IOException {
        String dir = System.getProperty("process.logs");
        if (dir == null) {
            return log;
        }
        Files.createDirectories(Path.of(dir));
        return Path.of(dir, workDir.getFileName() + "-" + log.getFileName());
    }

    private static Path jar() {
        Path jar = Path.of(System.getProperty("packaged.jar", "target/video-pipeline.jar"));
        assertThat(jar).as("run through 'mvn verify', which packages the jar first").exists();
        return jar.toAbsolutePath();
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
