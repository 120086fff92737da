package com.videopipeline.campaign;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

/**
 * One campaign as read from its file, validated and expanded: every firing asks for the same {@code entries}.
 *
 * @param targets   where its videos go ({@code outbox}, {@code s3}); the S3 target reads them by name when the
 *                  campaign's batch delivers its first video
 * @param budgetUsd the most one firing may cost by estimate; null: no limit
 * @param file      the file it was read from
 */
public record Campaign(String name, boolean enabled, CampaignSchedule schedule, CampaignDefaults defaults,
                       List<CampaignEntry> entries, List<String> targets, BigDecimal budgetUsd, Path file) {

    public Campaign {
        entries = List.copyOf(entries);
        targets = List.copyOf(targets);
    }
}
