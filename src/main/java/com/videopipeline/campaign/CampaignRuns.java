package com.videopipeline.campaign;

import com.videopipeline.budget.BatchBudgets;
import com.videopipeline.budget.BudgetForecast;
import com.videopipeline.budget.PlannedJob;
import com.videopipeline.intake.CollectedOutcomes.Outcome;
import com.videopipeline.intake.EntryBatches;
import com.videopipeline.intake.EntryRun;
import com.videopipeline.intake.Submission;
import com.videopipeline.request.RawLine;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The steps of {@code routes/run-campaign.camel.yaml}: plan a firing (entries, estimated cost, what its budget is
 * expected to do), open its batch under its budget, and sum up what it did; each firing of a schedule is recorded
 * in the ledger as it starts and ends. A budget never refuses a firing: each job reserves its estimate before it
 * is submitted, and those it cannot pay for are held (or downgraded), each with the reason.
 */
@Component("campaignRuns")
class CampaignRuns {

    private static final Logger LOG = LoggerFactory.getLogger(CampaignRuns.class);

    private final CampaignRegistry registry;
    private final CampaignRequests requests;
    private final CampaignLedger ledger;
    private final EntryBatches batches;
    private final BatchBudgets budgets;

    CampaignRuns(CampaignRegistry registry, CampaignRequests requests, CampaignLedger ledger, EntryBatches batches,
                 BatchBudgets budgets) {
        this.registry = registry;
        this.requests = requests;
        this.ledger = ledger;
        this.batches = batches;
        this.budgets = budgets;
    }

    /** Plans a firing; {@code scheduledFireTime} null: a run on demand. */
    public CampaignFiring plan(String name, Date scheduledFireTime) {
        Campaign campaign = registry.require(name);
        Instant scheduled = scheduledFireTime == null ? null : scheduledFireTime.toInstant();
        List<RawLine> entries = CampaignRequests.lines(campaign);
        List<PlannedJob> planned = requests.planned(entries);
        BigDecimal cost = CampaignRequests.estimate(planned);
        BudgetForecast forecast = campaign.budget() == null ? null
                : budgets.forecast(campaign.budget(), name, planned);
        if (forecast != null && forecast.withinBudget() < planned.size()) {
            LOG.warn("campaign {} {}: {} videos estimated at ${}; its budget takes {}, {} to be downgraded, {} to be"
                    + " held", name, describe(scheduled), planned.size(), usd(cost), forecast.withinBudget(),
                    forecast.downgraded(), forecast.held());
        }
        if (scheduled != null) {
            ledger.record(name, scheduled, FiringState.STARTED, null);
        }
        return new CampaignFiring(campaign, scheduled, entries, cost, forecast);
    }

    /** Opens the firing's batch, or finds it again when this scheduled firing was begun before. */
    public EntryRun open(CampaignFiring firing) {
        EntryRun run = batches.open(firing.source(), firing.entries());
        // before any entry is queued: no job of the batch may be submitted outside its budget
        budgets.attach(run.batchId(), firing.campaign().budget(), firing.campaign().name());
        return run;
    }

    public List<Submission> submissions(EntryRun run) {
        return run.submissions();
    }

    /** What the firing did; records a scheduled firing as fired. */
    public CampaignRunSummary summary(CampaignFiring firing, EntryRun run) {
        Campaign c = firing.campaign();
        if (firing.scheduledFor() != null) {
            ledger.record(c.name(), firing.scheduledFor(), FiringState.FIRED, run.batchId());
        }
        if (run.repeated()) {
            LOG.info("campaign {} {}: made before as batch {}; nothing new", c.name(),
                    describe(firing.scheduledFor()), run.batchId());
            return summary(firing, "repeated", run.batchId(), 0, 0, List.of());
        }
        LOG.info("campaign {} {}: batch {}, {} accepted, {} rejected, estimated ${}", c.name(),
                describe(firing.scheduledFor()), run.batchId(), run.batch().accepted(), run.batch().rejected(),
                usd(firing.estimatedCost()));
        return summary(firing, "submitted", run.batchId(), run.batch().accepted(), run.batch().rejected(),
                run.outcomes().list());
    }

    private static CampaignRunSummary summary(CampaignFiring f, String outcome, String batchId, int accepted,
                                              int rejected, List<Outcome> outcomes) {
        Campaign c = f.campaign();
        return new CampaignRunSummary(c.name(), f.scheduledFor(), outcome, batchId, f.entries().size(), accepted,
                rejected, f.estimatedCost(), f.budget(), c.targets(), outcomes);
    }

    private static String usd(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static String describe(Instant scheduled) {
        return scheduled == null ? "run on demand" : "firing scheduled for " + scheduled;
    }
}
