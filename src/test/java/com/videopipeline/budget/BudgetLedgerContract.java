package com.videopipeline.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the budget ledger promises, on every database the ledger runs on (H2 and PostgreSQL): reservations stop at
 * the limit, also when many claims race for the last of it, and a reservation is settled once, paid or released.
 */
abstract class BudgetLedgerContract {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);
    private static final Amount DOLLAR = new Amount(BigDecimal.ONE, BigDecimal.valueOf(4));

    private TestBudgets budgets;
    private BudgetLedger ledger;

    abstract DataSource dataSource();

    @BeforeEach
    void cleanSchema() {
        budgets = TestBudgets.on(dataSource(), null, BudgetMode.HOLD, CLOCK);
        ledger = budgets.ledger;
    }

    @Test
    void shouldReserveWhileTheLimitAllowsAndRefuseBeyondIt() {
        ledger.attach("batch:b1", null, new BudgetSpec(new BigDecimal("2.50"), null, false, null), BudgetMode.HOLD,
                "b1");

        assertThat(ledger.reserve("batch:b1", "b1", "one", DOLLAR, 0)).isTrue();
        assertThat(ledger.reserve("batch:b1", "b1", "two", DOLLAR, 0)).isTrue();
        assertThat(ledger.reserve("batch:b1", "b1", "three", DOLLAR, 0)).as("$3.00 of $2.50").isFalse();

        BudgetState state = ledger.state("batch:b1").orElseThrow();
        assertThat(state.reserved().usd()).isEqualByComparingTo("2.00");
        assertThat(state.reserved().seconds()).isEqualByComparingTo("8");
        assertThat(state.remainingUsd()).isEqualByComparingTo("0.50");
        assertThat(ledger.reservation("b1", "three")).as("a refused reservation leaves no row").isEmpty();
        assertThat(ledger.budgetOf("b1")).hasValue("batch:b1");
        assertThat(ledger.budgetOf("other")).isEmpty();
    }

    @Test
    void shouldChangeTheLimitsOfABatchsOwnBudgetButNotOfACampaignsBudget() {
        ledger.attach("batch:b1", null, new BudgetSpec(new BigDecimal("1.50"), null, false, null), BudgetMode.HOLD,
                "b1");
        ledger.attach("campaign:spring", "spring", new BudgetSpec(new BigDecimal("5"), null, true, null),
                BudgetMode.HOLD, "spring-1");
        ledger.reserve("batch:b1", "b1", "one", DOLLAR, 0);

        assertThat(ledger.reserve("batch:b1", "b1", "two", DOLLAR, 0)).as("$2.00 of $1.50").isFalse();
        assertThat(ledger.changeLimits("batch:b1", new BigDecimal("2.50"), new BigDecimal("60"))).isTrue();
        assertThat(ledger.reserve("batch:b1", "b1", "two", DOLLAR, 0)).as("$2.00 of $2.50").isTrue();
        assertThat(ledger.changeLimits("campaign:spring", BigDecimal.TEN, null)).isFalse();

        BudgetState changed = ledger.state("batch:b1").orElseThrow();
        assertThat(changed.limitUsd()).isEqualByComparingTo("2.50");
        assertThat(changed.limitSeconds()).isEqualByComparingTo("60");
        assertThat(ledger.state("campaign:spring").orElseThrow().limitUsd()).isEqualByComparingTo("5");
    }

    @Test
    void shouldLimitSecondsOfVideoOnTheirOwn() {
        ledger.attach("batch:b1", null, new BudgetSpec(null, new BigDecimal("10"), false, null), BudgetMode.HOLD,
                "b1");

        assertThat(ledger.reserve("batch:b1", "b1", "one", DOLLAR, 0)).isTrue();
        assertThat(ledger.reserve("batch:b1", "b1", "two", DOLLAR, 0)).isTrue();
        assertThat(ledger.reserve("batch:b1", "b1", "three", DOLLAR, 0)).as("12 s of 10").isFalse();
    }

    @Test
    void shouldNeverGoOverTheLimitWhenManyClaimsRaceForIt() throws Exception {
        ledger.attach("batch:race", null, new BudgetSpec(new BigDecimal("25"), null, false, null), BudgetMode.HOLD,
                "race");
        int threads = 8;
        int each = 10;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Integer>> won = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            Callable<Integer> claims = () -> {
                start.await();
                int wins = 0;
                for (int i = 0; i < each; i++) {
                    wins += ledger.reserve("batch:race", "race", "job-" + thread + "-" + i, DOLLAR, 0) ? 1 : 0;
                }
                return wins;
            };
            won.add(pool.submit(claims));
        }
        start.countDown();
        int wins = 0;
        for (Future<Integer> f : won) {
            wins += f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        BudgetState state = ledger.state("batch:race").orElseThrow();
        assertThat(wins).as("80 tries at $1 against $25: exactly 25 win").isEqualTo(25);
        assertThat(state.reserved().usd()).isEqualByComparingTo("25");
        assertThat(reservedRows()).isEqualTo(25);
    }

    @Test
    void shouldMoveWhatWasPaidToSpentAndReleaseTheRestOnce() {
        ledger.attach("batch:b1", null, new BudgetSpec(new BigDecimal("5"), null, false, null), BudgetMode.HOLD,
                "b1");
        ledger.reserve("batch:b1", "b1", "made", DOLLAR, 0);
        ledger.reserve("batch:b1", "b1", "failed", DOLLAR, 0);
        Reservation made = ledger.reservation("b1", "made").orElseThrow();
        Reservation failed = ledger.reservation("b1", "failed").orElseThrow();

        boolean first = ledger.settle(made, new Amount(new BigDecimal("0.98"), new BigDecimal("3.92")),
                Reservation.SETTLED, 0);
        boolean again = ledger.settle(made, DOLLAR, Reservation.SETTLED, 0);
        ledger.settle(failed, Amount.ZERO, Reservation.RELEASED, 0);

        BudgetState state = ledger.state("batch:b1").orElseThrow();
        assertThat(first).isTrue();
        assertThat(again).as("a second settlement of the same reservation").isFalse();
        assertThat(state.reserved().usd()).isEqualByComparingTo("0");
        assertThat(state.spent().usd()).isEqualByComparingTo("0.98");
        assertThat(state.spent().seconds()).isEqualByComparingTo("3.92");
        assertThat(state.released().usd()).isEqualByComparingTo("1.02");
        assertThat(ledger.reservation("b1", "failed").orElseThrow().state()).isEqualTo(Reservation.RELEASED);
        assertThat(ledger.reserve("batch:b1", "b1", "failed", DOLLAR, 0)).as("reserved again after a replay").isTrue();
        assertThat(ledger.reservation("b1", "failed").orElseThrow().reserved().usd()).isEqualByComparingTo("1");
    }

    @Test
    void shouldShareACampaignWideBudgetAndTakeItsFilesLatestLimits() {
        BudgetSpec five = new BudgetSpec(new BigDecimal("5"), null, true, null);
        ledger.attach("campaign:sale", "sale", five, BudgetMode.HOLD, "first-firing");
        ledger.reserve("campaign:sale", "first-firing", "a", DOLLAR, 0);

        ledger.attach("campaign:sale", "sale", new BudgetSpec(new BigDecimal("8"), null, true, BudgetMode.DOWNGRADE),
                BudgetMode.DOWNGRADE, "second-firing");

        BudgetState state = ledger.state("campaign:sale").orElseThrow();
        assertThat(ledger.budgetOf("second-firing")).hasValue("campaign:sale");
        assertThat(state.limitUsd()).isEqualByComparingTo("8");
        assertThat(state.mode()).isEqualTo(BudgetMode.DOWNGRADE);
        assertThat(state.reserved().usd()).as("the first firing's reservation stands").isEqualByComparingTo("1");
    }

    private int reservedRows() {
        Integer n = budgets.jdbc.queryForObject("SELECT COUNT(*) FROM budget_reservation WHERE state = 'RESERVED'",
                new org.springframework.jdbc.core.namedparam.MapSqlParameterSource(), Integer.class);
        return n == null ? 0 : n;
    }
}
