package com.videopipeline.job;

import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The real job ledger on a test's own database, for tests outside the job package. */
public final class TestLedgers {

    private TestLedgers() {
    }

    public static JobStore store(DataSource dataSource) {
        return new JdbcJobStore(new NamedParameterJdbcTemplate(dataSource),
                new TransactionTemplate(new DataSourceTransactionManager(dataSource)),
                new LedgerProperties(Duration.ofMinutes(15), true, LedgerProperties.UncertainPolicy.HOLD));
    }
}
