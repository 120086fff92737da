package com.videopipeline.job;

import com.videopipeline.request.VideoRequest;
import com.videopipeline.request.VideoSize;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Named job fixtures for the job package's tests. */
final class Jobs {

    static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");

    private Jobs() {
    }

    static VideoJob soraJob(String batch, String id, String prompt) {
        VideoRequest request = new VideoRequest(id, prompt, 4, new VideoSize(1280, 720), 24,
                "sora", "sora-2", null, null, null, null, List.of());
        return new VideoJob(batch, batch + ".jsonl", 1, request, "sora", "sora-2", new BigDecimal("0.40"), T0);
    }

    static VideoJob runwayJob(String batch, String id) {
        return runwayJob(batch, id, "a lighthouse in fog", 8);
    }

    static VideoJob runwayJob(String batch, String id, String prompt, int seconds) {
        VideoRequest request = new VideoRequest(id, prompt, seconds, new VideoSize(1280, 720), 24,
                null, null, null, null, null, null, List.of());
        return new VideoJob(batch, batch + ".csv", 2, request, "runway", "gen4.5",
                new BigDecimal("0.12").multiply(BigDecimal.valueOf(seconds)), T0);
    }
}
