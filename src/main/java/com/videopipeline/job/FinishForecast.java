package com.videopipeline.job;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How long each model takes to make a video of a given length, learned from the jobs seen finishing. Polling at a
 * fixed pace sees a finish half an interval late on average; knowing when a job is due lets the poll be there.
 * Kept in memory only: after a restart the first jobs are polled at the regular pace until it has learned again.
 */
final class FinishForecast {

    /** Recent enough to follow a provider that speeds up or slows down, long enough to ride out one odd job. */
    private static final int WINDOW = 16;

    private final Map<String, Deque<Duration>> seen = new ConcurrentHashMap<>();

    /** Records that {@code job} was seen finished at {@code seenAt}. */
    void finished(VideoJob job, Instant seenAt) {
        Instant submitted = job.timeline().submitted();
        if (submitted == null || seenAt.isBefore(submitted)) {
            return;
        }
        Deque<Duration> times = seen.computeIfAbsent(key(job), k -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(Duration.between(submitted, seenAt));
            if (times.size() > WINDOW) {
                times.removeFirst();
            }
        }
    }

    /** The shortest time jobs like this one took from submit to finish, if any were seen. */
    Optional<Duration> shortest(VideoJob job) {
        Deque<Duration> times = seen.get(key(job));
        if (times == null) {
            return Optional.empty();
        }
        synchronized (times) {
            return times.isEmpty() ? Optional.empty() : Optional.of(Collections.min(times));
        }
    }

    /**
     * The earliest a job like this one has been seen finished, counted from its submit. The earliest rather than
     * the typical: polling a little early costs one call, polling late costs the slot's idle time.
     */
    Optional<Instant> expectedFinish(VideoJob job) {
        Instant submitted = job.timeline().submitted();
        return submitted == null ? Optional.empty() : shortest(job).map(submitted::plus);
    }

    private static String key(VideoJob job) {
        return job.provider() + "/" + job.model() + "/" + job.request().seconds();
    }
}
