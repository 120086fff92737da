package com.videopipeline.campaign;

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
 * The steps of {@code routes/run-campaign.camel.yaml}: plan a firing (entries, estimated cost, budget), open its
 * batch, and sum up what it did; each firing of a schedule is recorded in the ledger as it starts and ends.
 */
@Component("campaignRuns")
class CampaignRuns {

    private static final Logger LOG = LoggerFactory.getLogger(CampaignRuns.class);

    private final CampaignRegistry registry;
    private final CampaignRequests requests;
    private final CampaignLedger ledger;
    private final EntryBatches batches;

    CampaignRuns(CampaignRegistry registry, CampaignRequests requests, CampaignLedger ledger, EntryBatches batches) {
        this.registry = registry;
        this.requests = requests;
        this.ledger = ledger;
        this.batches = batches;
    }

    /** Plans a firing; {@code scheduledFireTime} null: a run on demand. A firing over budget is refused whole. */
    public CampaignFiring plan(String name, Date scheduledFireTime) {
        Campaign campaign = registry.require(name);
        Instant scheduled = scheduledFireTime == null ? null : scheduledFireTime.toInstant();
        List<RawLine> entries = CampaignRequests.lines(campaign);
        BigDecimal cost = requests.estimate(entries);
        boolean within = campaign.budgetUsd() == null || cost.compareTo(campaign.budgetUsd()) <= 0;
        if (!within) {
            LOG.warn("campaign {} {}: refused, nothing submitted: {} videos estimated at ${} exceed its budget of ${}",
                    name, describe(scheduled), entries.size(), usd(cost), usd(campaign.budgetUsd()));
        }
        if (scheduled != null) {
            ledger.record(name, scheduled, within ? FiringState.STARTED : FiringState.REFUSED, null);
        }
        return new CampaignFiring(campaign, scheduled, entries, cost, within);
    }

    /** Opens the firing's batch, or finds it again when this scheduled firing was begun before. */
    public EntryRun open(CampaignFiring firing) {
        return batches.open(firing.source(), firing.entries());
    }

    public List<Submission> submissions(EntryRun run) {
        return run.submissions();
    }

    /** What the firing did; records a scheduled firing as fired. {@code run} is null when it was refused. */
    public CampaignRunSummary summary(CampaignFiring firing, EntryRun run) {
        if (run == null) {
            return summary(firing, "refused", null, 0, 0, List.of());
        }
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
                rejected, f.estimatedCost(), c.budgetUsd(), c.targets(), outcomes);
    }

    private static String usd(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static String describe(Instant scheduled) {
        return scheduled == null ? "run on demand" : "firing scheduled for " + scheduled;
    }
}
