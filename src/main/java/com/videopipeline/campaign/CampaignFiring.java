package com.videopipeline.campaign;

import com.videopipeline.budget.BudgetForecast;
import com.videopipeline.intake.EntrySource;
import com.videopipeline.request.RawLine;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One firing of a campaign, planned: its entries, their estimated cost and what its budget is expected to do to
 * them ({@code budget}: null when the campaign has none). {@code scheduledFor} is the scheduled time of a scheduled
 * or catch-up firing, null for a run on demand.
 */
public record CampaignFiring(Campaign campaign, Instant scheduledFor, List<RawLine> entries, BigDecimal estimatedCost,
                             BudgetForecast budget) {

    /**
     * Where the batch comes from. A scheduled firing is keyed by campaign and scheduled time, so running the same
     * firing again (after a crash) resumes its batch and never pays twice; a run on demand is always new.
     */
    EntrySource source() {
        String key = scheduledFor == null ? null : campaign.name() + "@" + scheduledFor;
        return new EntrySource("campaign", "campaign " + campaign.name(), key, campaign.name());
    }
}
