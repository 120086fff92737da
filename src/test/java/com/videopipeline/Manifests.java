package com.videopipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/** Reading batch manifests in end-to-end tests: wait for one, and look its jobs up by id. */
public final class Manifests {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Manifests() {
    }

    /** Waits until a batch whose folder name starts with {@code batchPrefix} has its manifest, and reads it. */
    public static JsonNode await(Path root, String batchPrefix, Duration timeout) {
        org.awaitility.Awaitility.await().atMost(timeout).pollInterval(Duration.ofMillis(200))
                .until(() -> find(root, batchPrefix) != null);
        return read(find(root, batchPrefix));
    }

    /** The manifest of the first batch whose folder name starts with {@code batchPrefix}, or null. */
    public static Path find(Path root, String batchPrefix) {
        Path outbox = root.resolve("outbox");
        if (!Files.isDirectory(outbox)) {
            return null;
        }
        try (Stream<Path> dirs = Files.list(outbox)) {
            return dirs.filter(d -> d.getFileName().toString().startsWith(batchPrefix))
                    .map(d -> d.resolve("manifest.json")).filter(Files::exists).findFirst().orElse(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode read(Path manifest) {
        try {
            return JSON.readTree(manifest.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The manifest's jobs by their id. */
    public static Map<String, JsonNode> jobsById(JsonNode manifest) {
        Map<String, JsonNode> jobs = new HashMap<>();
        manifest.get("jobs").forEach(j -> jobs.put(j.get("id").asText(), j));
        return jobs;
    }
}
