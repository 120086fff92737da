package com.videopipeline.campaign;

import com.videopipeline.intake.CollectedOutcomes;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * What one firing did, the body {@code direct:run-campaign} answers with.
 *
 * @param scheduledFor the scheduled time of a scheduled or catch-up firing; null for a run on demand
 * @param outcome      {@code submitted} (its batch was made), {@code refused} (over budget, nothing submitted) or
 *                     {@code repeated} (this firing was made before; its batch stands)
 * @param batchId      the batch, null when refused
 * @param outcomes     each entry's job or rejection (empty when refused or repeated)
 */
public record CampaignRunSummary(String campaign, Instant scheduledFor, String outcome, String batchId, int entries,
                                 int accepted, int rejected, BigDecimal estimatedCostUsd, BigDecimal budgetUsd,
                                 List<String> targets, List<CollectedOutcomes.Outcome> outcomes) {
}
