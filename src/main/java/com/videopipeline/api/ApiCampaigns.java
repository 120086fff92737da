package com.videopipeline.api;

import com.videopipeline.campaign.CampaignRunSummary;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.stereotype.Component;

/** Words the answer to an on-demand campaign run; the run itself is the campaign flow's (direct:run-campaign). */
@Component("apiCampaigns")
public class ApiCampaigns {

    /** 202 when the batch was made (its videos are on their way), 409 when the budget refused the run whole. */
    public ApiAnswer answer(CampaignRunSummary summary) {
        String url = summary.batchId() == null ? null : ApiPaths.batch(summary.batchId());
        List<EntryView> entries = summary.outcomes().stream().map(o -> EntryView.of(summary.batchId(), o)).toList();
        CampaignRunView view = new CampaignRunView(summary.campaign(), summary.outcome(), summary.batchId(),
                summary.entries(), summary.accepted(), summary.rejected(), summary.estimatedCostUsd(),
                summary.budgetUsd(), summary.targets(), entries, url);
        int status = switch (summary.outcome()) {
            case "submitted" -> 202;
            case "refused" -> 409;
            default -> 200;
        };
        return new ApiAnswer(status, url, view);
    }

    /** What a campaign run did: its batch, the estimate against the budget, and each entry's outcome. */
    record CampaignRunView(String campaign, String outcome, String batch, int entries, int accepted, int rejected,
                           BigDecimal estimatedCostUsd, BigDecimal budgetUsd, List<String> targets,
                           List<EntryView> outcomes, String url) {
    }
}
