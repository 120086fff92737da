package com.videopipeline.budget;

import com.videopipeline.provider.ModelCatalogue;
import java.time.Clock;
import org.springframework.stereotype.Component;

/** Where the submit stage asks budgets before it submits: one {@link BudgetClaim} per claim of queued jobs. */
@Component("budgetGate")
public class BudgetGate {

    private final BudgetLedger ledger;
    private final Downgrades downgrades;
    private final BudgetSettlement settlement;
    private final ModelCatalogue catalogue;
    private final Clock clock;

    BudgetGate(BudgetLedger ledger, Downgrades downgrades, BudgetSettlement settlement, ModelCatalogue catalogue,
               Clock clock) {
        this.ledger = ledger;
        this.downgrades = downgrades;
        this.settlement = settlement;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    /** The budget decisions of one claim, run inside the claim's transaction. */
    public BudgetClaim claim() {
        return new BudgetClaim(ledger, downgrades, settlement, catalogue, clock.instant());
    }
}
