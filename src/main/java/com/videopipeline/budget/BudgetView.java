package com.videopipeline.budget;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;

/**
 * A batch's budget as its manifest and the API show it: the limits, what is reserved for jobs under way, spent
 * (settled), released again and left, and how many of the batch's jobs were held or downgraded. A limit that does
 * not apply is left out with its figures. For a campaign-wide budget the money figures are the campaign's.
 *
 * @param scope {@code batch} (this batch's own budget, a campaign firing's included) or {@code campaign}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BudgetView(String scope, String campaign, String mode, BigDecimal limitUsd, BigDecimal reservedUsd,
                         BigDecimal spentUsd, BigDecimal releasedUsd, BigDecimal remainingUsd,
                         BigDecimal limitSeconds, BigDecimal reservedSeconds, BigDecimal spentSeconds,
                         BigDecimal releasedSeconds, BigDecimal remainingSeconds, int held, int downgraded) {

    static BudgetView of(BudgetState s, int held, int downgraded) {
        boolean usd = s.limitUsd() != null;
        boolean seconds = s.limitSeconds() != null;
        return new BudgetView(s.campaign() == null ? "batch" : "campaign", s.campaign(), s.mode().text(),
                s.limitUsd(), usd ? s.reserved().usd() : null, usd ? s.spent().usd() : null,
                usd ? s.released().usd() : null, s.remainingUsd(),
                s.limitSeconds(), seconds ? s.reserved().seconds() : null, seconds ? s.spent().seconds() : null,
                seconds ? s.released().seconds() : null, s.remainingSeconds(), held, downgraded);
    }

    /** One line for people: "$3.60 of $5.00 spent, $0.00 reserved; 3 held (hold)". */
    public String summary() {
        StringBuilder line = new StringBuilder();
        if (limitUsd != null) {
            line.append(BudgetState.usd(spentUsd)).append(" of ").append(BudgetState.usd(limitUsd))
                    .append(" spent, ").append(BudgetState.usd(reservedUsd)).append(" reserved");
        }
        if (limitSeconds != null) {
            line.append(line.isEmpty() ? "" : "; ").append(BudgetState.seconds(spentSeconds)).append(" of ")
                    .append(BudgetState.seconds(limitSeconds)).append(" s spent");
        }
        return line.append("; ").append(held).append(" held, ").append(downgraded).append(" downgraded (")
                .append(mode).append(scope.equals("campaign") ? ", campaign-wide" : "").append(')').toString();
    }
}
