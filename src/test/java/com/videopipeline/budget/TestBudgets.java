package com.videopipeline.budget;

import com.videopipeline.TestSchemas;
import com.videopipeline.job.BatchTracker;
import com.videopipeline.job.JobStore;
import com.videopipeline.job.TestLedgers;
import com.videopipeline.provider.ModelCatalogue;
import java.time.Clock;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The budget beans wired on a test's own database (built by the application's Flyway migrations), without Spring,
 * for tests in any package.
 */
public final class TestBudgets {

    final DataSource dataSource;
    final ModelCatalogue catalogue;
    final NamedParameterJdbcTemplate jdbc;
    final TransactionTemplate tx;
    final BudgetLedger ledger;
    final JobStore store;
    final BatchTracker batches;
    final BudgetSettlement settlement;
    final Downgrades downgrades;
    final BudgetGate gate;
    final BatchBudgets batchBudgets;

    private TestBudgets(DataSource dataSource, ModelCatalogue catalogue, BudgetMode mode, Clock clock) {
        this.dataSource = dataSource;
        this.catalogue = catalogue;
        TestSchemas.rebuild(dataSource);
        jdbc = new NamedParameterJdbcTemplate(dataSource);
        tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        ledger = new BudgetLedger(jdbc, tx, clock);
        store = TestLedgers.store(dataSource);
        batches = new BatchTracker(jdbc, clock);
        settlement = new BudgetSettlement(ledger, store);
        BudgetProperties props = new BudgetProperties(mode, true);
        downgrades = new Downgrades(catalogue, props);
        gate = new BudgetGate(ledger, downgrades, settlement, catalogue, clock);
        batchBudgets = new BatchBudgets(ledger, settlement, downgrades, props);
    }

    /** On a clean database ({@code dataSource}'s schema is dropped and built again). */
    static TestBudgets on(DataSource dataSource, ModelCatalogue catalogue, BudgetMode mode, Clock clock) {
        return new TestBudgets(dataSource, catalogue, mode, clock);
    }

    /** A fresh in-memory H2 database of its own. */
    public static DataSource h2() {
        return new DriverManagerDataSource("jdbc:h2:mem:budget-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa",
                "");
    }

    /** The budgets of batches (attach, view, forecast) on a fresh H2 database, its default mode {@code mode}. */
    public static BatchBudgets batchBudgets(ModelCatalogue catalogue, BudgetMode mode) {
        return new TestBudgets(h2(), catalogue, mode, Clock.systemUTC()).batchBudgets;
    }
}
