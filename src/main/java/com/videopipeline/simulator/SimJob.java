package com.videopipeline.simulator;

import com.videopipeline.media.VideoSpec;
import java.time.Duration;
import java.time.Instant;

/**
 * One simulated generation job. Its phase is derived from the clock rather than driven by a timer thread, so
 * the timeline is reproducible and nothing has to be cleaned up on stop.
 *
 * @param endpoint    Runway endpoint or "videos" for OpenAI
 * @param seconds     duration the client asked for (the file may differ, see {@link SimHooks#secondsOverride})
 * @param sequence    creation order, for stable list paging
 * @param startedAt   when the timeline began; null while THROTTLED
 * @param hooks       outcome forced by the prompt; wins over {@code faults}
 * @param faults      outcome decided by fault injection
 * @param cancelledAt set once a Runway task is cancelled
 */
record SimJob(String id, long sequence, String endpoint, String model, String prompt, int width, int height,
              double seconds, Instant createdAt, Instant startedAt, Duration generationTime, SimHooks hooks,
              JobFaultPlan faults, Instant cancelledAt) {

    /** Share of the generation time spent queued before the job starts running. */
    private static final double QUEUED_SHARE = 0.2;
    /** Where a job that never finishes stops. */
    private static final double NEVER_FINISHED_SHARE = 0.99;

    SimJob cancel(Instant now) {
        return new SimJob(id, sequence, endpoint, model, prompt, width, height, seconds, createdAt, startedAt,
                generationTime, hooks, faults, now);
    }

    SimJob throttle() {
        return start(null);
    }

    SimJob start(Instant now) {
        return new SimJob(id, sequence, endpoint, model, prompt, width, height, seconds, createdAt, now,
                generationTime, hooks, faults, cancelledAt);
    }

    /** When the job finished; only meaningful once it has. */
    Instant finishedAt() {
        return startedAt.plus(generationTime);
    }

    JobPhase phase(Instant now) {
        if (cancelledAt != null) {
            return JobPhase.CANCELLED;
        }
        if (startedAt == null) {
            return JobPhase.THROTTLED;
        }
        double done = fractionDone(now);
        if (done >= 1) {
            return failCode() != null ? JobPhase.FAILED : JobPhase.SUCCEEDED;
        }
        return done < QUEUED_SHARE ? JobPhase.QUEUED : JobPhase.RUNNING;
    }

    /** 0..1 of the generation time elapsed. */
    double fractionDone(Instant now) {
        if (startedAt == null) {
            return 0;
        }
        double elapsed = Duration.between(startedAt, now).toNanos();
        double done = Math.max(0, Math.min(1, elapsed / generationTime.toNanos()));
        return faults.neverFinish() ? Math.min(done, NEVER_FINISHED_SHARE) : done;
    }

    /** The failure code, or null for a job that succeeds. */
    String failCode() {
        return hooks.failCode() != null ? hooks.failCode() : faults.failCode();
    }

    /** What forced the failure, for the human-readable failure message. */
    String failureCause() {
        return hooks.fails() ? "simulated by [sim:fail=" + hooks.failCode() + "]"
                : "simulated fault " + faults.failCode();
    }

    boolean corrupt() {
        return hooks.corrupt() || faults.corrupt();
    }

    /** How long the output stays downloadable: the configured TTL unless an early expiry was injected. */
    Duration outputTtl(Duration configured) {
        return faults.outputTtl() != null ? faults.outputTtl() : configured;
    }

    /** What the produced file looks like; the colour follows the prompt so different prompts differ visibly. */
    VideoSpec videoSpec(int fps, long paddingBytes) {
        double fileSeconds = hooks.secondsOverride() != null ? hooks.secondsOverride() : seconds;
        long colorSeed = prompt == null ? 0 : prompt.hashCode();
        return new VideoSpec(width, height, fileSeconds, fps, colorSeed, paddingBytes);
    }
}
