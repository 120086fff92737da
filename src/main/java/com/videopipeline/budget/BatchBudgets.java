package com.videopipeline.budget;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Budgets as the sources and the reports see them: a batch is put under its budget when it opens (before any of
 * its jobs can be submitted), its budget's state is shown in its manifest and by the API, and a campaign firing is
 * forecast before it is made.
 */
@Component("batchBudgets")
public class BatchBudgets {

    private final BudgetLedger ledger;
    private final BudgetSettlement settlement;
    private final Downgrades downgrades;
    private final BudgetProperties props;

    BatchBudgets(BudgetLedger ledger, BudgetSettlement settlement, Downgrades downgrades, BudgetProperties props) {
        this.ledger = ledger;
        this.settlement = settlement;
        this.downgrades = downgrades;
        this.props = props;
    }

    /**
     * Puts the batch's jobs under {@code spec}: the batch's own budget, or with {@code campaignWide} the one its
     * campaign's batches share. Nothing for a null spec; the same batch again (a resumed firing) keeps its budget.
     */
    public void attach(String batchId, BudgetSpec spec, String campaign) {
        if (spec == null) {
            return;
        }
        boolean campaignWide = spec.campaignWide() && campaign != null;
        ledger.attach(campaignWide ? "campaign:" + campaign : "batch:" + batchId, campaignWide ? campaign : null,
                spec, mode(spec), batchId);
    }

    /** The budget of the batch's jobs, if it has one; reservations a crash left unsettled are settled first. */
    public Optional<BudgetView> view(String batchId) {
        return ledger.budgetOf(batchId).flatMap(id -> {
            settlement.repair(id);
            int[] counts = ledger.heldAndDowngraded(batchId);
            return ledger.state(id).map(state -> BudgetView.of(state, counts[0], counts[1]));
        });
    }

    /**
     * Sets the limits of the batch's own budget, a limit not given staying as it is; the budget as it is now. Jobs
     * it held wait for a replay (the caller's), which checks each against the new limits.
     */
    public BudgetView change(String batchId, BigDecimal usd, BigDecimal seconds) {
        String id = ledger.budgetOf(batchId).orElseThrow(() -> new BudgetChangeRefused("batch " + batchId
                + " has no budget; a batch's budget is given when it is submitted"));
        BudgetState state = ledger.state(id).orElseThrow(() -> new IllegalStateException("budget " + id + " lost"));
        BudgetSpec spec = new BudgetSpec(usd == null ? state.limitUsd() : usd,
                seconds == null ? state.limitSeconds() : seconds, false, state.mode());
        if (!ledger.changeLimits(id, spec.usd(), spec.seconds())) {
            throw new BudgetChangeRefused("batch " + batchId + " spends campaign " + state.campaign()
                    + "'s budget: change it in the campaign's file (budget: ... per: campaign)");
        }
        return view(batchId).orElseThrow();
    }

    /** What {@code spec} is expected to do to these jobs, in order: within budget, downgraded, held. */
    public BudgetForecast forecast(BudgetSpec spec, String campaign, List<PlannedJob> jobs) {
        BudgetMode mode = mode(spec);
        Amount used = spec.campaignWide() && campaign != null
                ? ledger.state("campaign:" + campaign).map(BudgetState::used).orElse(Amount.ZERO) : Amount.ZERO;
        BudgetState start = BudgetState.planned(spec, mode, used);
        BudgetState state = start;
        int[] counts = new int[3];
        for (PlannedJob job : jobs) {
            Amount need = new Amount(job.estimatedCost(), BigDecimal.valueOf(job.request().seconds()));
            Amount spent = state.fits(need) ? need : cheaper(mode, job, need, state);
            counts[spent == need ? 0 : spent == null ? 2 : 1]++;
            state = spent == null ? state : state.spend(spent);
        }
        return new BudgetForecast(spec.usd(), spec.seconds(), spec.per(), mode.text(), start.remainingUsd(),
                start.remainingSeconds(), counts[0], counts[1], counts[2]);
    }

    /** The cost of the job's first downgrade that fits, or null: it would be held. */
    private Amount cheaper(BudgetMode mode, PlannedJob job, Amount need, BudgetState state) {
        if (mode != BudgetMode.DOWNGRADE) {
            return null;
        }
        return downgrades.first(job.provider(), job.model(), job.request(), state::fits)
                .map(o -> new Amount(o.usd(), need.seconds())).orElse(null);
    }

    private BudgetMode mode(BudgetSpec spec) {
        return spec.mode() == null ? props.mode() : spec.mode();
    }
}
