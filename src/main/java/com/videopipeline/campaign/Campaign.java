package com.videopipeline.campaign;

import com.videopipeline.budget.BudgetSpec;
import java.nio.file.Path;
import java.util.List;

/**
 * One campaign as read from its file, validated and expanded: every firing asks for the same {@code entries}.
 *
 * @param targets   where its videos go ({@code outbox}, {@code s3}, {@code email}); read by name when the
 *                  campaign's batch first needs them (targets.TargetChoice), then kept for that batch
 * @param budget    its budget (per firing, or for all its firings together); null: no limit
 * @param file      the file it was read from
 */
public record Campaign(String name, boolean enabled, CampaignSchedule schedule, CampaignDefaults defaults,
                       List<CampaignEntry> entries, List<String> targets, BudgetSpec budget, Path file) {

    public Campaign {
        entries = List.copyOf(entries);
        targets = List.copyOf(targets);
    }
}
