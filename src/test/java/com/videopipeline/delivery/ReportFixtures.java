package com.videopipeline.delivery;

import com.videopipeline.job.CostSummary;
import com.videopipeline.media.Mp4Synth;
import com.videopipeline.media.VideoSpec;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/** Jobs and manifests for report tests, and real videos to take posters from. */
final class ReportFixtures {

    private ReportFixtures() {
    }

    static JobDocument delivered(String id, String prompt, String thumbnail, String estimated, String actual) {
        return new JobDocument(id, "b1", "delivered", new JobDocument.Source("drop.jsonl", 1),
                request(prompt), "runway", "gen4_turbo", "task-" + id, null, null, 1, 0, null,
                new BigDecimal(estimated), new BigDecimal(actual), null,
                new JobDocument.Files(id + ".mp4", thumbnail, id + ".json"), null, "ab12", 123_456L,
                new JobDocument.Verification(true, 4.0, 640, 360, "avc1", 96), null, null);
    }

    static JobDocument failed(String id, String prompt, String kind, String reason, String estimated) {
        return new JobDocument(id, "b1", "failed", new JobDocument.Source("drop.jsonl", 2), request(prompt),
                "sora", "sora-2", null, null, null, 1, 0, null, new BigDecimal(estimated), null, null, null, null,
                null, null, null, new JobDocument.Failure(kind, reason), null);
    }

    static ManifestWriter.Manifest manifest(List<JobDocument> jobs, CostSummary cost) {
        long delivered = jobs.stream().filter(j -> j.failure() == null).count();
        return new ManifestWriter.Manifest("b1", "drop.jsonl", null, Instant.parse("2026-01-01T10:00:00Z"),
                Instant.parse("2026-01-01T10:05:00Z"),
                new ManifestWriter.Counts(jobs.size() + 1, jobs.size(), 1, delivered, jobs.size() - delivered),
                cost.estimatedUsd(), cost.actualUsd(), cost, null, null, jobs, Comparisons.of(jobs));
    }

    /** The job as one side of the comparison {@code comparison}, made by {@code provider} / {@code model}. */
    static JobDocument side(JobDocument d, String comparison, String provider, String model) {
        JobDocument.Request r = d.request();
        JobDocument.Request request = new JobDocument.Request(r.prompt(), r.seconds(), r.size(), r.fps(), r.image(),
                r.video(), r.negativePrompt(), r.seed(), r.tags(), "the brief", r.preset(), r.brand(), r.targets(),
                comparison);
        return new JobDocument(d.id(), d.batch(), d.status(), d.source(), request, provider, model,
                d.providerJobId(), d.cached(), d.cachedFrom(), d.attempts(), d.retries(), d.discardedVideos(),
                d.estimatedCostUsd(), d.actualCostUsd(), d.timings(), d.files(), d.deliveries(), d.sha256(), d.bytes(),
                d.verification(), d.failure(), d.budget());
    }

    static CostSummary cost(String estimated, String actual) {
        return new CostSummary(3, 2, 12, 8.0, new BigDecimal(estimated), new BigDecimal(actual), 1,
                new BigDecimal("0.20"), "catalogue");
    }

    /** A real H.264 MP4 of one colour, as the simulator makes them. */
    static Path video(Path file, int width, int height, long colour) throws IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            new Mp4Synth().write(new VideoSpec(width, height, 4, 24, colour, 0), out);
        }
        return file;
    }

    private static JobDocument.Request request(String prompt) {
        return new JobDocument.Request(prompt, 4, "640x360", 24, null, null, null, null, List.of(), null, null, null,
                List.of(), null);
    }
}
