package com.videopipeline.simulator;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** The OpenAI Video object (providers.md §1.4); every field is always present, null when unknown, as in the spec. */
@JsonInclude(JsonInclude.Include.ALWAYS)
record OpenAiVideoJson(
        String id,
        String object,
        String model,
        String status,
        int progress,
        @JsonProperty("created_at") long createdAt,
        @JsonProperty("completed_at") Long completedAt,
        @JsonProperty("expires_at") Long expiresAt,
        String prompt,
        String size,
        String seconds,
        @JsonProperty("remixed_from_video_id") String remixedFromVideoId,
        Map<String, String> error) {

    static OpenAiVideoJson of(SimJob job, Instant now, Duration outputTtl) {
        JobPhase phase = job.phase(now);
        boolean completed = phase == JobPhase.SUCCEEDED;
        Long completedAt = completed ? job.finishedAt().getEpochSecond() : null;
        Long expiresAt = completed ? job.finishedAt().plus(job.outputTtl(outputTtl)).getEpochSecond() : null;
        Map<String, String> error = phase == JobPhase.FAILED ? Map.of("code", job.failCode(),
                "message", "Video generation failed (" + job.failureCause() + ").") : null;
        return new OpenAiVideoJson(job.id(), "video", job.model(), status(phase), progress(job, phase, now),
                job.createdAt().getEpochSecond(), completedAt, expiresAt, job.prompt(),
                job.width() + "x" + job.height(), String.valueOf((int) job.seconds()), null, error);
    }

    private static String status(JobPhase phase) {
        return switch (phase) {
            case THROTTLED, QUEUED -> "queued";
            case RUNNING -> "in_progress";
            case SUCCEEDED -> "completed";
            case FAILED, CANCELLED -> "failed";
        };
    }

    private static int progress(SimJob job, JobPhase phase, Instant now) {
        return switch (phase) {
            case THROTTLED, QUEUED, CANCELLED -> 0;
            case RUNNING -> (int) Math.max(1, Math.min(99, job.fractionDone(now) * 100));
            case SUCCEEDED, FAILED -> 100;
        };
    }
}
