package com.videopipeline.job;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * When to look at a job at its provider next: at the provider's pace, on the job's own cadence (the stage's tick
 * must not stretch the interval), and densely from the moment the job is expected to finish, because every
 * moment a finished job goes unnoticed its slot stands empty. A provider that announces finished jobs (webhooks) is
 * polled only as a backup, rarely or not at all.
 */
@Component
class PollSchedule {

    /** Where a job with no poll to come waits when no deadline is known: never, in practice. */
    private static final Instant NEVER = Instant.parse("9999-01-01T00:00:00Z");

    private final ProviderLimits limits;
    private final Duration deadline;
    private final FinishForecast forecast = new FinishForecast();

    /** Without a job deadline: with backup polling off, a job is not polled until its finish is announced. */
    PollSchedule(ProviderLimits limits) {
        this.limits = limits;
        this.deadline = null;
    }

    @Autowired
    PollSchedule(ProviderLimits limits, JobsProperties jobs) {
        this.limits = limits;
        this.deadline = jobs.deadline();
    }

    /** The first poll of a job just accepted by its provider. */
    Instant firstPoll(VideoJob job, Instant now) {
        if (limits.announcesFinish(job.provider())) {
            return backupPoll(job, null, now);
        }
        Instant regular = now.plus(limits.pollInterval(job.provider()));
        return forecast.expectedFinish(job).map(finish -> latest(now, earliest(regular, finish))).orElse(regular);
    }

    /** The poll after one that found the job still queued or running; {@code hint} is the provider's own ask. */
    Instant nextPoll(VideoJob job, Duration hint, Instant now) {
        if (limits.announcesFinish(job.provider())) {
            return backupPoll(job, hint, now);
        }
        Duration regular = limits.nextPoll(job.provider(), hint);
        Instant next = cadence(job.dueAt(), regular, now);
        Optional<Instant> expected = forecast.expectedFinish(job);
        if (expected.isEmpty() || !now.isBefore(expected.get().plus(regular))) {
            return next;
        }
        if (now.isBefore(expected.get())) {
            return earliest(next, expected.get());
        }
        Duration dense = ProviderLimits.patient(limits.finishPollInterval(job.provider()), hint);
        return earliest(next, now.plus(dense));
    }

    /**
     * The least time a job submitted now needs to be seen finished: one poll interval, or longer when jobs like it
     * have all taken longer. A job with less time left before its deadline is not worth paying for.
     */
    Duration leastTimeToFinish(VideoJob job) {
        Duration poll = limits.pollInterval(job.provider());
        return forecast.shortest(job).filter(d -> d.compareTo(poll) > 0).orElse(poll);
    }

    /** Teaches the forecast: the job was seen finished now. */
    void finished(VideoJob job, Instant now) {
        forecast.finished(job, now);
    }

    /**
     * The poll that catches an announcement that never came. With backup polling off, the one poll left is just
     * after the job's deadline, so a job whose announcement was lost still ends, with its reason.
     */
    private Instant backupPoll(VideoJob job, Duration hint, Instant now) {
        Optional<Duration> backup = limits.backupPollInterval(job.provider());
        if (backup.isPresent()) {
            return now.plus(ProviderLimits.patient(backup.get(), hint));
        }
        Instant accepted = job.timeline().accepted();
        return deadline == null || accepted == null ? NEVER : latest(now, accepted.plus(deadline).plusSeconds(1));
    }

    /** Counted from when the poll was due, not from when a tick got round to it. */
    private static Instant cadence(Instant due, Duration interval, Instant now) {
        Instant next = due == null ? now.plus(interval) : due.plus(interval);
        return next.isAfter(now) ? next : now.plus(interval);
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
