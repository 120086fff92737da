package com.videopipeline.simulator;

import com.videopipeline.media.VideoSpec;
import java.time.Duration;
import java.time.Instant;

/**
 * One simulated generation job. Its phase is derived from the clock rather than driven by a timer thread, so
 * the timeline is reproducible and nothing has to be cleaned up on stop.
 *
 * @param endpoint   Runway endpoint or "videos" for OpenAI
 * @param seconds    duration the client asked for (the file may differ, see {@link SimHooks#secondsOverride})
 * @param sequence   creation order, for stable list paging
 * @param cancelledAt set once a Runway task is cancelled
 */
record SimJob(String id, long sequence, String endpoint, String model, String prompt, int width, int height,
              double seconds, Instant createdAt, Duration generationTime, SimHooks hooks, Instant cancelledAt) {

    /** Share of the generation time spent queued before the job starts running. */
    private static final double QUEUED_SHARE = 0.2;

    SimJob cancel(Instant now) {
        return new SimJob(id, sequence, endpoint, model, prompt, width, height, seconds, createdAt, generationTime,
                hooks, now);
    }

    Instant finishedAt() {
        return createdAt.plus(generationTime);
    }

    JobPhase phase(Instant now) {
        if (cancelledAt != null) {
            return JobPhase.CANCELLED;
        }
        double done = fractionDone(now);
        if (done >= 1) {
            return hooks.fails() ? JobPhase.FAILED : JobPhase.SUCCEEDED;
        }
        return done < QUEUED_SHARE ? JobPhase.QUEUED : JobPhase.RUNNING;
    }

    /** 0..1 of the generation time elapsed. */
    double fractionDone(Instant now) {
        double elapsed = Duration.between(createdAt, now).toNanos();
        return Math.max(0, Math.min(1, elapsed / generationTime.toNanos()));
    }

    /** What the produced file looks like; the colour follows the prompt so different prompts differ visibly. */
    VideoSpec videoSpec(int fps, long paddingBytes) {
        double fileSeconds = hooks.secondsOverride() != null ? hooks.secondsOverride() : seconds;
        long colorSeed = prompt == null ? 0 : prompt.hashCode();
        return new VideoSpec(width, height, fileSeconds, fps, colorSeed, paddingBytes);
    }
}
