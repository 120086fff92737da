package com.videopipeline.delivery;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.springframework.util.FileSystemUtils;

/**
 * Debian's Chromium, run headless as a child process to render a page to a PNG. Absent, a test using it is skipped
 * with a reason, except where the environment variable {@code CI} is set: CI installs it, so there it must run.
 */
final class HeadlessChromium {

    /** {@code CHROMIUM} names another binary; Debian's package puts it here. */
    static final Path BINARY = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
    private static final long TIMEOUT_SECONDS = 90;

    private HeadlessChromium() {
    }

    /** Skips the calling test when Chromium is missing, or fails it under CI. */
    static void require() {
        if (Files.isExecutable(BINARY)) {
            return;
        }
        String why = "no Chromium at " + BINARY + " (apt-get install chromium; .ci/run installs it)";
        if (System.getenv("CI") != null) {
            fail("CI is set, so the browser check must run: " + why);
        }
        Assumptions.abort("skipped, " + why);
    }

    /**
     * Renders {@code page} at {@code width} x {@code height} CSS pixels into {@code png}; the browser's own output
     * goes to {@code png} with {@code .log}. Its profile is a new empty folder beside it; no network is used.
     */
    static void screenshot(Path page, Path png, int width, int height) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(png.getParent(), "chromium-profile-");
        Path log = png.resolveSibling(png.getFileName() + ".log");
        Files.deleteIfExists(png);
        Process chromium = new ProcessBuilder(List.of(BINARY.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--hide-scrollbars",
                "--user-data-dir=" + profile.toAbsolutePath(), "--screenshot=" + png.toAbsolutePath(),
                "--window-size=" + width + "," + height, page.toAbsolutePath().toUri().toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            if (!chromium.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                chromium.descendants().forEach(ProcessHandle::destroyForcibly);
                chromium.destroyForcibly();
                fail("Chromium did not finish within " + TIMEOUT_SECONDS + " s; its output: " + log);
            }
            if (chromium.exitValue() != 0) {
                fail("Chromium exited with " + chromium.exitValue() + ": " + Files.readString(log));
            }
        } finally {
            FileSystemUtils.deleteRecursively(profile);
        }
    }
}
