package com.videopipeline.budget;

import com.videopipeline.job.JobState;
import com.videopipeline.job.JobStore;
import com.videopipeline.job.VideoJob;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Settles a job's reservation when the job ends (what was paid is spent, the rest released, so a waiting job may
 * go) and when a video it paid for is discarded and the job is made again elsewhere. Called by
 * {@code routes/settle-job.camel.yaml} for every job a stage releases; settling twice is harmless.
 */
@Component("budgetSettlement")
public class BudgetSettlement {

    private static final Logger LOG = LoggerFactory.getLogger(BudgetSettlement.class);
    private static final List<String> TERMINAL = JobState.TERMINAL.stream().map(Enum::name).toList();

    private final BudgetLedger ledger;
    private final JobStore store;

    BudgetSettlement(BudgetLedger ledger, JobStore store) {
        this.ledger = ledger;
        this.store = store;
    }

    public void settle(VideoJob job) {
        boolean ended = job.state().isTerminal();
        if (!ended && job.discardedVideos().isEmpty()) {
            return; // the common case, without a look at the ledger: nothing a reservation must account for
        }
        ledger.reservation(job.batchId(), job.id()).filter(Reservation::active).ifPresent(r -> settle(job, r, ended));
    }

    /** Settles what jobs of this budget that have ended still hold (a crash between the job's end and this). */
    int repair(String budgetId) {
        List<String> stale = ledger.stale(budgetId, TERMINAL);
        stale.forEach(key -> store.find(key).ifPresent(this::settle));
        return stale.size();
    }

    private void settle(VideoJob job, Reservation r, boolean ended) {
        int discarded = job.discardedVideos().size();
        if (ended) {
            Amount charge = BudgetCharge.ended(job, r);
            String state = charge.isZero() ? Reservation.RELEASED : Reservation.SETTLED;
            if (ledger.settle(r, charge, state, discarded)) {
                LOG.debug("{}: budget {} settled, {} spent of {} reserved", job, r.budgetId(), charge, r.reserved());
            }
        } else if (discarded > r.discardedSeen() && job.state() == JobState.QUEUED) {
            // its video failed verification and it is made again elsewhere: that generation is paid, the next one
            // is reserved anew before its submit
            ledger.settle(r, BudgetCharge.discardedSince(job, r.discardedSeen()), Reservation.SPENT, discarded);
        }
    }
}
