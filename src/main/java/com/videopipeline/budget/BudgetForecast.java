package com.videopipeline.budget;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;

/**
 * What a budget is expected to do to a batch about to be made, entries in order at their estimates: how many fit,
 * how many would be downgraded and how many held. A forecast: a cached video costs nothing and a failed one is
 * released, so more may go in the end, never fewer within the budget.
 *
 * @param per             {@code firing} (each batch its own budget) or {@code campaign} (one for all its batches)
 * @param availableUsd    what the budget had left when the batch was planned (a campaign-wide one may be part spent)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BudgetForecast(BigDecimal limitUsd, BigDecimal limitSeconds, String per, String mode,
                             BigDecimal availableUsd, BigDecimal availableSeconds, int withinBudget, int downgraded,
                             int held) {
}
