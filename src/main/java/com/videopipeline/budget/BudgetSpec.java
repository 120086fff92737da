package com.videopipeline.budget;

import java.math.BigDecimal;

/**
 * A budget as a campaign file or an API submission gives it: a limit in US dollars and/or in seconds of video.
 *
 * @param usd          the most its jobs may cost by estimate, in USD; null: no money limit
 * @param seconds      the most seconds of video its jobs may make; null: no such limit
 * @param campaignWide true: one budget for every firing of the campaign together; false: each batch its own
 * @param mode         what a job that no longer fits becomes; null: {@code pipeline.budget.mode}
 */
public record BudgetSpec(BigDecimal usd, BigDecimal seconds, boolean campaignWide, BudgetMode mode) {

    public BudgetSpec {
        if (usd == null && seconds == null) {
            throw new IllegalArgumentException("a budget needs usd, seconds or both");
        }
        if (usd != null && usd.signum() <= 0 || seconds != null && seconds.signum() <= 0) {
            throw new IllegalArgumentException("a budget's limits must be positive");
        }
    }

    /** A limit in dollars alone, for each batch: the old {@code budget-usd} of campaign files. */
    public static BudgetSpec usd(BigDecimal usd) {
        return new BudgetSpec(usd, null, false, null);
    }

    /** {@code firing} or {@code campaign}, as campaign files say it. */
    public String per() {
        return campaignWide ? "campaign" : "firing";
    }
}
