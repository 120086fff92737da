package com.videopipeline.campaign;

import com.videopipeline.budget.BudgetForecast;
import com.videopipeline.intake.CollectedOutcomes;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * What one firing did, the body {@code direct:run-campaign} answers with.
 *
 * @param scheduledFor the scheduled time of a scheduled or catch-up firing; null for a run on demand
 * @param outcome      {@code submitted} (its batch was made) or {@code repeated} (this firing was made before; its
 *                     batch stands). A budget never refuses a firing: the jobs it cannot pay for are held (or
 *                     downgraded), each with its reason
 * @param batchId      the batch
 * @param budget       how many entries the budget is expected to take, downgrade and hold; null without a budget
 * @param outcomes     each entry's job or rejection (empty when repeated)
 */
public record CampaignRunSummary(String campaign, Instant scheduledFor, String outcome, String batchId, int entries,
                                 int accepted, int rejected, BigDecimal estimatedCostUsd, BudgetForecast budget,
                                 List<String> targets, List<CollectedOutcomes.Outcome> outcomes) {
}
