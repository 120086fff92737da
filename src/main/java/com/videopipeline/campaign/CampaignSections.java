package com.videopipeline.campaign;

import java.text.ParseException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.quartz.CronExpression;

/** Reads the {@code schedule}, {@code defaults} and {@code targets} of a campaign file. */
final class CampaignSections {

    private static final Pattern SIZE = Pattern.compile("\\d{1,5}x\\d{1,5}");
    private static final int MAX_SECONDS = 120;

    /** Known delivery targets: the outbox (always written), S3 and email (each only when enabled in its settings). */
    static final List<String> TARGETS = List.of("outbox", "s3", "email");

    /** A campaign without {@code targets} goes to the outbox alone, as before S3 existed. */
    static final List<String> DEFAULT_TARGETS = List.of("outbox");

    private CampaignSections() {
    }

    /** The schedule, or null when it is unusable (every problem reported). */
    static CampaignSchedule schedule(CampaignFields fields, Instant now) {
        fields.allowOnly(Set.of("cron", "time-zone", "misfire"));
        String cron = cron(fields);
        ZoneId zone = zone(fields);
        String misfireText = fields.text("misfire", false);
        Misfire misfire = misfireText == null ? Misfire.FIRE_ONCE : Misfire.parse(misfireText);
        if (misfire == null) {
            fields.problem("misfire", "'" + misfireText + "' is not a policy (use " + String.join(" or ",
                    Misfire.texts()) + ")");
        }
        if (cron == null || zone == null || misfire == null) {
            return null;
        }
        CampaignSchedule schedule = new CampaignSchedule(cron, zone, misfire);
        if (schedule.nextAfter(now) == null) {
            fields.problem("cron", "'" + cron + "' never fires after now");
            return null;
        }
        return schedule;
    }

    static CampaignDefaults defaults(CampaignFields fields) {
        fields.allowOnly(new LinkedHashSet<>(List.of("provider", "model", "seconds", "size", "style", "cache",
                "preset", "brand", "expand")));
        String size = fields.text("size", false);
        if (size != null && !SIZE.matcher(size).matches()) {
            fields.problem("size", "'" + size + "' must be WIDTHxHEIGHT in pixels, e.g. 1280x720");
        }
        return new CampaignDefaults(fields.text("provider", false), fields.text("model", false),
                fields.whole("seconds", 1, MAX_SECONDS), size, fields.text("style", false), fields.flag("cache"),
                fields.text("preset", false), fields.text("brand", false), fields.flag("expand"));
    }

    /** Quartz cron: six or seven fields, seconds first ({@code 0 0 9 ? * MON-FRI}). */
    private static String cron(CampaignFields fields) {
        String cron = fields.text("cron", true);
        if (cron == null) {
            return null;
        }
        try {
            CronExpression.validateExpression(cron);
            return cron;
        } catch (ParseException e) {
            fields.problem("cron", "'" + cron + "' is not a Quartz cron expression (" + e.getMessage()
                    + "); it has six or seven fields, seconds first, e.g. '0 0 9 ? * MON-FRI'");
            return null;
        }
    }

    private static ZoneId zone(CampaignFields fields) {
        String zone = fields.text("time-zone", false);
        if (zone == null) {
            return ZoneOffset.UTC;
        }
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            fields.problem("time-zone", "'" + zone + "' is not a time zone (use a region such as Europe/Paris,"
                    + " or UTC)");
            return null;
        }
    }

    /** The delivery targets, {@code [outbox]} when absent; each must be a known one. */
    static List<String> targets(CampaignFields fields) {
        List<String> targets = fields.has("targets") ? fields.texts("targets") : DEFAULT_TARGETS;
        if (targets == null) {
            return List.of();
        }
        for (String target : targets) {
            if (!TARGETS.contains(target)) {
                fields.problem("targets", "unknown target '" + target + "' (known: "
                        + String.join(", ", TARGETS) + ")");
            }
        }
        return List.copyOf(new LinkedHashSet<>(targets));
    }
}
