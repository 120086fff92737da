package com.videopipeline.campaign;

import com.videopipeline.budget.BudgetMode;
import com.videopipeline.budget.BudgetSpec;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Reads a campaign's budget: {@code budget-usd: 5.00} (dollars, per firing, as before), or
 * {@code budget: {usd: 5.00, seconds: 60, per: firing|campaign, mode: hold|downgrade}}.
 */
final class CampaignBudget {

    private static final int MAX_SECONDS = 10_000_000;

    private CampaignBudget() {
    }

    /** The budget, or null when the file gives none or it is wrong (every problem reported). */
    static BudgetSpec read(CampaignFields fields) {
        if (fields.has("budget-usd") && fields.has("budget")) {
            fields.problem("budget-usd", "give budget-usd or budget, not both (budget-usd: 5 is budget: {usd: 5})");
            return null;
        }
        if (fields.has("budget-usd")) {
            BigDecimal usd = fields.amount("budget-usd");
            return usd == null ? null : BudgetSpec.usd(usd);
        }
        return fields.has("budget") ? section(fields) : null;
    }

    private static BudgetSpec section(CampaignFields parent) {
        int before = parent.problemCount();
        CampaignFields fields = parent.section("budget");
        fields.allowOnly(new LinkedHashSet<>(List.of("usd", "seconds", "per", "mode")));
        BigDecimal usd = fields.amount("usd");
        Integer seconds = fields.whole("seconds", 1, MAX_SECONDS);
        String per = fields.text("per", false);
        if (per != null && !per.equals("firing") && !per.equals("campaign")) {
            fields.problem("per", "'" + per + "' must be firing (each firing its own budget) or campaign (one for"
                    + " all its firings)");
        }
        String modeText = fields.text("mode", false);
        BudgetMode mode = modeText == null ? null : BudgetMode.parse(modeText);
        if (modeText != null && mode == null) {
            fields.problem("mode", "'" + modeText + "' is not a mode (use " + String.join(" or ", BudgetMode.texts())
                    + ")");
        }
        if (!fields.has("usd") && !fields.has("seconds")) {
            fields.problem("usd", "is missing (give usd, seconds or both)");
        }
        if (parent.problemCount() > before) {
            return null;
        }
        return new BudgetSpec(usd, seconds == null ? null : BigDecimal.valueOf(seconds), "campaign".equals(per), mode);
    }
}
