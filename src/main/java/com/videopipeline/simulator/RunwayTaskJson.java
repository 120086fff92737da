package com.videopipeline.simulator;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The Runway task object (providers.md §2.5): fields present depend on the status, as in the real union type. */
final class RunwayTaskJson {

    private RunwayTaskJson() {
    }

    /** {@code outputUrl} makes a freshly signed URL, so every successful poll hands out a new one. */
    static Map<String, Object> of(SimJob job, Instant now, Function<SimJob, String> outputUrl) {
        JobPhase phase = job.phase(now);
        Map<String, Object> task = new LinkedHashMap<>();
        task.put("id", job.id());
        task.put("createdAt", job.createdAt().truncatedTo(ChronoUnit.MILLIS).toString());
        task.put("status", status(phase));
        switch (phase) {
            case RUNNING -> task.put("progress", Math.round(job.fractionDone(now) * 100) / 100.0);
            case SUCCEEDED -> task.put("output", List.of(outputUrl.apply(job)));
            case FAILED -> {
                task.put("failure", "The task failed (" + job.failureCause() + ").");
                task.put("failureCode", job.failCode());
            }
            default -> {
                // THROTTLED, PENDING and CANCELLED carry no extra fields
            }
        }
        return task;
    }

    private static String status(JobPhase phase) {
        return switch (phase) {
            case THROTTLED -> "THROTTLED";
            case QUEUED -> "PENDING";
            case RUNNING -> "RUNNING";
            case SUCCEEDED -> "SUCCEEDED";
            case FAILED -> "FAILED";
            case CANCELLED -> "CANCELLED";
        };
    }
}
