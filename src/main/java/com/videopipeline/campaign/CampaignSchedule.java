package com.videopipeline.campaign;

import java.text.ParseException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.TimeZone;
import org.quartz.CronExpression;

/**
 * When a campaign fires: a Quartz cron expression (seconds first, e.g. {@code 0 0 9 ? * MON}) read in a time zone,
 * and what to do with missed firings.
 */
public record CampaignSchedule(String cron, ZoneId zone, Misfire misfire) {

    /**
     * The zone as Quartz must be given it. Quartz reads zone names through {@link TimeZone#getTimeZone(String)},
     * which silently falls back to GMT for a name it does not know (an offset like {@code +02:00}); the zone was
     * validated as a {@link ZoneId}, and this converts it to the name TimeZone itself gives it.
     */
    String quartzTimeZone() {
        return TimeZone.getTimeZone(zone).getID();
    }

    /** Quartz reads {@code +} in the endpoint's cron option as a space, so the expression survives the URI. */
    String quartzCron() {
        return cron.strip().replaceAll("\\s+", "+");
    }

    /** The first scheduled time strictly after {@code after}, or null when the expression never fires again. */
    Instant nextAfter(Instant after) {
        Date next = expression().getTimeAfter(Date.from(after));
        return next == null ? null : next.toInstant();
    }

    /** The expression in the zone; parsed anew each time, as Quartz's CronExpression is mutable. */
    CronExpression expression() {
        try {
            CronExpression expression = new CronExpression(cron);
            expression.setTimeZone(TimeZone.getTimeZone(zone));
            return expression;
        } catch (ParseException e) {
            throw new IllegalStateException("cron expression was validated when the file was read: " + cron, e);
        }
    }
}
