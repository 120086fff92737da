package com.videopipeline.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Money and seconds of video together: what a budget limits, reserves and spends. Kept at the ledger's scales (4
 * decimals of a dollar, milliseconds), so what is reserved is exactly what the ledger holds and settles.
 */
record Amount(BigDecimal usd, BigDecimal seconds) {

    static final Amount ZERO = new Amount(BigDecimal.ZERO, BigDecimal.ZERO);

    Amount {
        usd = (usd == null ? BigDecimal.ZERO : usd).setScale(4, RoundingMode.HALF_UP);
        seconds = (seconds == null ? BigDecimal.ZERO : seconds).setScale(3, RoundingMode.HALF_UP);
    }

    static Amount of(BigDecimal usd, double seconds) {
        return new Amount(usd, BigDecimal.valueOf(seconds));
    }

    Amount plus(Amount other) {
        return new Amount(usd.add(other.usd), seconds.add(other.seconds));
    }

    Amount minus(Amount other) {
        return new Amount(usd.subtract(other.usd), seconds.subtract(other.seconds));
    }

    /** Each part at least zero: what is still to be reserved when part of it already is. */
    Amount atLeastZero() {
        return new Amount(usd.max(BigDecimal.ZERO), seconds.max(BigDecimal.ZERO));
    }

    boolean isZero() {
        return usd.signum() == 0 && seconds.signum() == 0;
    }
}
