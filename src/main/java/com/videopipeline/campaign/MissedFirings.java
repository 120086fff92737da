package com.videopipeline.campaign;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.quartz.CronExpression;

/**
 * The firings a schedule had in a time the service was not running it: after the last recorded firing, up to now.
 * Counting stops at {@link #COUNT_LIMIT} (a per-minute cron over a day's outage); the latest is found exactly by
 * searching back from now in widening windows.
 */
record MissedFirings(int count, boolean countCapped, Instant latest) {

    static final int COUNT_LIMIT = 1000;
    private static final List<Duration> WINDOWS = List.of(Duration.ofMinutes(1), Duration.ofHours(1),
            Duration.ofDays(1), Duration.ofDays(32), Duration.ofDays(366));

    static MissedFirings between(CampaignSchedule schedule, Instant after, Instant now) {
        CronExpression cron = schedule.expression();
        int count = 0;
        Instant next = next(cron, after);
        while (next != null && !next.isAfter(now) && count < COUNT_LIMIT) {
            count++;
            next = next(cron, next);
        }
        boolean capped = count == COUNT_LIMIT && next != null && !next.isAfter(now);
        return new MissedFirings(count, capped, count == 0 ? null : latest(cron, after, now));
    }

    boolean any() {
        return count > 0;
    }

    /** "3", or "more than 1000" when counting stopped. */
    String describeCount() {
        return countCapped ? "more than " + COUNT_LIMIT : String.valueOf(count);
    }

    private static Instant latest(CronExpression cron, Instant after, Instant now) {
        for (Duration window : WINDOWS) {
            Instant from = now.minus(window);
            Instant found = lastUpTo(cron, from.isAfter(after) ? from : after, now);
            if (found != null) {
                return found;
            }
        }
        return lastUpTo(cron, after, now);
    }

    private static Instant lastUpTo(CronExpression cron, Instant after, Instant now) {
        Instant last = null;
        for (Instant t = next(cron, after); t != null && !t.isAfter(now); t = next(cron, t)) {
            last = t;
        }
        return last;
    }

    private static Instant next(CronExpression cron, Instant after) {
        Date next = cron.getTimeAfter(Date.from(after));
        return next == null ? null : next.toInstant();
    }
}
