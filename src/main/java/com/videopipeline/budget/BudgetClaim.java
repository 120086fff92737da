package com.videopipeline.budget;

import com.videopipeline.job.VideoJob;
import com.videopipeline.provider.ModelCatalogue;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One claim's budget decisions. A queued job of a batch with a budget goes only once its next generation (its
 * model's price at its size times its seconds) is reserved. One that does not fit waits while jobs under way could
 * still release enough (a failed generation is not paid); once nothing could, it is downgraded (mode downgrade, if
 * a cheaper model or size fits) or held. It is never submitted over budget.
 */
public final class BudgetClaim {

    private static final Logger LOG = LoggerFactory.getLogger(BudgetClaim.class);

    private final BudgetLedger ledger;
    private final Downgrades downgrades;
    private final BudgetSettlement settlement;
    private final ModelCatalogue catalogue;
    private final Instant now;
    private final Map<String, Optional<String>> budgetOfBatch = new HashMap<>();
    private final Set<String> repaired = new HashSet<>();
    private final Map<String, Pending> pending = new HashMap<>();

    BudgetClaim(BudgetLedger ledger, Downgrades downgrades, BudgetSettlement settlement, ModelCatalogue catalogue,
                Instant now) {
        this.ledger = ledger;
        this.downgrades = downgrades;
        this.settlement = settlement;
        this.catalogue = catalogue;
        this.now = now;
    }

    /** What {@link #reserve} will take from which budget for a job this claim decided to let go. */
    private record Pending(String budgetId, Amount extra, int discardedSeen) {
    }

    /**
     * Whether the job may be claimed: false while it waits for its budget. True when it may go (a downgrade may
     * have moved it to a cheaper model or size), and when it is now HELD: then it is claimed only to be settled.
     */
    public boolean allows(VideoJob job) {
        Optional<String> budgetId = budgetOfBatch.computeIfAbsent(job.batchId(), ledger::budgetOf);
        return budgetId.isEmpty() || decide(job, budgetId.get());
    }

    /** Reserves what {@link #allows} decided; false when another claim took the room first (the job waits). */
    public boolean reserve(VideoJob job) {
        Pending p = pending.remove(job.key());
        return p == null || p.extra().isZero()
                || ledger.reserve(p.budgetId(), job.batchId(), job.id(), p.extra(), p.discardedSeen());
    }

    private boolean decide(VideoJob job, String budgetId) {
        Amount have = held(job);
        Amount need = generation(job);
        Amount extra = need.minus(have).atLeastZero();
        BudgetState state = ledger.state(budgetId).orElseThrow();
        if (extra.isZero() || state.fits(extra)) {
            return go(job, budgetId, extra);
        }
        if (state.mode() == BudgetMode.DOWNGRADE) {
            Optional<Downgrades.Option> cheaper = downgrades.first(job.provider(), job.model(), job.request(),
                    cost -> state.fits(cost.minus(have).atLeastZero()));
            if (cheaper.isPresent()) {
                downgrade(job, need, cheaper.get(), state);
                return go(job, budgetId, generation(job).minus(have).atLeastZero());
            }
        }
        if (state.fitsOnceReleased(leastExtra(job, need, have, state.mode()), have)) {
            // jobs under way may still release enough; unless they ended in a crash without settling
            return repaired.add(budgetId) && settlement.repair(budgetId) > 0 && decide(job, budgetId);
        }
        String reason = state.wouldExceed(need) + (state.mode() == BudgetMode.DOWNGRADE
                ? "; no cheaper model or size of " + job.provider() + " fits" : "");
        job.holdForBudget(reason, now);
        LOG.warn("{} not submitted: {}", job, reason);
        return true;
    }

    /** What the job holds now; a generation it paid for and discarded since is settled first. */
    private Amount held(VideoJob job) {
        Optional<Reservation> r = ledger.reservation(job.batchId(), job.id()).filter(Reservation::active);
        if (r.isPresent() && job.discardedVideos().size() > r.get().discardedSeen()) {
            settlement.settle(job);
            r = ledger.reservation(job.batchId(), job.id()).filter(Reservation::active);
        }
        return r.map(Reservation::reserved).orElse(Amount.ZERO);
    }

    /** One generation of the job as routed now: its model's price at its size times its seconds. */
    private Amount generation(VideoJob job) {
        BigDecimal usd = catalogue.estimatedCost(job.provider(), job.model(), job.request())
                .orElse(job.estimatedCost());
        return new Amount(usd, BigDecimal.valueOf(job.request().seconds()));
    }

    /** The least more the job could go for: its cheapest downgrade, when that mode is on and it is cheaper. */
    private Amount leastExtra(VideoJob job, Amount need, Amount have, BudgetMode mode) {
        Amount least = need;
        if (mode == BudgetMode.DOWNGRADE) {
            for (Downgrades.Option o : downgrades.options(job.provider(), job.model(), job.request())) {
                least = o.usd().compareTo(least.usd()) < 0 ? new Amount(o.usd(), need.seconds()) : least;
            }
        }
        return least.minus(have).atLeastZero();
    }

    private boolean go(VideoJob job, String budgetId, Amount extra) {
        pending.put(job.key(), new Pending(budgetId, extra, job.discardedVideos().size()));
        return true;
    }

    private void downgrade(VideoJob job, Amount need, Downgrades.Option to, BudgetState state) {
        // only a dollar limit makes a downgrade fit: the seconds stay the same
        String note = "downgraded from " + job.model() + " " + job.request().size() + " (" + BudgetState.usd(need.usd())
                + ") to " + to.model() + " " + to.request().size() + " (" + BudgetState.usd(to.usd()) + "): budget"
                + (state.limitUsd() == null ? "" : ", " + BudgetState.usd(state.used().usd()) + " of "
                + BudgetState.usd(state.limitUsd()) + " reserved or spent");
        BigDecimal estimate = job.estimatedCost() == null ? to.usd()
                : job.estimatedCost().subtract(need.usd()).add(to.usd()).max(to.usd());
        job.downgrade(to.model(), to.request(), estimate, note);
        LOG.info("{}: {}", job, note);
    }
}
