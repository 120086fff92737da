package com.videopipeline.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One budget as the ledger holds it now: its limits, what is reserved for jobs under way, what was spent (settled)
 * and what was released again. A limit that is null does not apply.
 */
record BudgetState(String id, String campaign, BigDecimal limitUsd, BigDecimal limitSeconds, BudgetMode mode,
                   Amount reserved, Amount spent, Amount released) {

    /** A budget before anything was reserved from it, with {@code used} already gone (a forecast's start). */
    static BudgetState planned(BudgetSpec spec, BudgetMode mode, Amount used) {
        return new BudgetState(null, null, spec.usd(), spec.seconds(), mode, Amount.ZERO, used, Amount.ZERO);
    }

    /** The same budget with {@code amount} more spent: a forecast counting an entry in. */
    BudgetState spend(Amount amount) {
        return new BudgetState(id, campaign, limitUsd, limitSeconds, mode, reserved, spent.plus(amount), released);
    }

    Amount used() {
        return spent.plus(reserved);
    }

    /** Whether {@code extra} more can be reserved now. */
    boolean fits(Amount extra) {
        return within(used().plus(extra));
    }

    /**
     * Whether {@code extra} could fit once every other reservation is released ({@code have}: what this job holds
     * itself): if not, nothing under way can ever free enough for it.
     */
    boolean fitsOnceReleased(Amount extra, Amount have) {
        return within(spent.plus(have).plus(extra));
    }

    /** What is left, per limit; null for a limit that does not apply. */
    BigDecimal remainingUsd() {
        return limitUsd == null ? null : limitUsd.subtract(used().usd());
    }

    BigDecimal remainingSeconds() {
        return limitSeconds == null ? null : limitSeconds.subtract(used().seconds());
    }

    /** "budget: $4.20 of $5.00 reserved or spent; this job's $0.60 estimate would exceed it". */
    String wouldExceed(Amount need) {
        Amount after = used().plus(need);
        if (limitUsd != null && after.usd().compareTo(limitUsd) > 0) {
            return "budget: " + usd(used().usd()) + " of " + usd(limitUsd) + " reserved or spent; this job's "
                    + usd(need.usd()) + " estimate would exceed it";
        }
        return "budget: " + seconds(used().seconds()) + " of " + seconds(limitSeconds) + " s of video reserved or"
                + " spent; this job's " + seconds(need.seconds()) + " s would exceed it";
    }

    private boolean within(Amount total) {
        return (limitUsd == null || total.usd().compareTo(limitUsd) <= 0)
                && (limitSeconds == null || total.seconds().compareTo(limitSeconds) <= 0);
    }

    static String usd(BigDecimal amount) {
        return "$" + amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    static String seconds(BigDecimal amount) {
        return amount.setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
