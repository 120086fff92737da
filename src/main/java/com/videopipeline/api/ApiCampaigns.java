package com.videopipeline.api;

import com.videopipeline.budget.BudgetForecast;
import com.videopipeline.campaign.CampaignRegistry;
import com.videopipeline.campaign.CampaignRunSummary;
import com.videopipeline.job.CostSummary;
import com.videopipeline.job.JobStatusQuery;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Words the answer to an on-demand campaign run (the run itself is the campaign flow's, direct:run-campaign), and
 * what a campaign's batches cost.
 */
@Component("apiCampaigns")
public class ApiCampaigns {

    private final CampaignRegistry campaigns;
    private final JobStatusQuery status;

    ApiCampaigns(CampaignRegistry campaigns, JobStatusQuery status) {
        this.campaigns = campaigns;
        this.status = status;
    }

    /**
     * Every batch of the campaign with its costs, and their total; a campaign no longer configured still answers
     * for the batches it made, a name never seen answers 404.
     */
    public CampaignCostView costs(String campaign) {
        Map<String, CostSummary> batches = status.campaignCosts(campaign);
        if (batches.isEmpty()) {
            campaigns.require(campaign);
        }
        CostSummary total = batches.values().stream().reduce(CostSummary.none(), CostSummary::plus);
        List<BatchCostView> views = batches.entrySet().stream().map(e -> new BatchCostView(e.getKey(),
                e.getValue().estimatedUsd(), e.getValue().actualUsd(), ApiPaths.batch(e.getKey()))).toList();
        return new CampaignCostView(campaign, batches.size(), total, views);
    }

    /**
     * 202 when the batch was made (its videos are on their way; what its budget cannot pay for is held or
     * downgraded, as {@code budget} forecasts), 200 when this firing was made before.
     */
    public ApiAnswer answer(CampaignRunSummary summary) {
        String url = summary.batchId() == null ? null : ApiPaths.batch(summary.batchId());
        List<EntryView> entries = summary.outcomes().stream().map(o -> EntryView.of(summary.batchId(), o)).toList();
        CampaignRunView view = new CampaignRunView(summary.campaign(), summary.outcome(), summary.batchId(),
                summary.entries(), summary.accepted(), summary.rejected(), summary.estimatedCostUsd(),
                summary.budget(), summary.targets(), entries, url);
        return new ApiAnswer("submitted".equals(summary.outcome()) ? 202 : 200, url, view);
    }

    /** A campaign's costs: the total over its batches (estimate, actual, discarded videos), then each batch's. */
    record CampaignCostView(String campaign, int batches, CostSummary total, List<BatchCostView> perBatch) {
    }

    record BatchCostView(String batch, BigDecimal estimatedUsd, BigDecimal actualUsd, String url) {
    }

    /**
     * What a campaign run did: its batch, the estimate, what its budget is expected to take, downgrade and hold
     * (null without a budget), and each entry's outcome.
     */
    record CampaignRunView(String campaign, String outcome, String batch, int entries, int accepted, int rejected,
                           BigDecimal estimatedCostUsd, BudgetForecast budget, List<String> targets,
                           List<EntryView> outcomes, String url) {
    }
}
