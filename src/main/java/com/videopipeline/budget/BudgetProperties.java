package com.videopipeline.budget;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Budgets ({@code pipeline.budget}). The limits themselves come with each campaign file or API batch.
 *
 * @param mode           what a job that no longer fits its budget becomes when its budget does not say: hold or
 *                       downgrade
 * @param downgradeSizes whether a downgrade may also pick a smaller frame size of the same shape (after cheaper
 *                       models at the requested size)
 */
@Validated
@ConfigurationProperties("pipeline.budget")
public record BudgetProperties(@DefaultValue("hold") @NotNull BudgetMode mode,
                               @DefaultValue("true") boolean downgradeSizes) {
}
