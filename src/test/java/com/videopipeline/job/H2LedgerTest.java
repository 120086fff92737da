package com.videopipeline.job;

import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The ledger contract on H2, the embedded default. */
class H2LedgerTest extends LedgerContract {

    private final DataSource dataSource =
            new DriverManagerDataSource("jdbc:h2:mem:ledger-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");

    @Override
    DataSource dataSource() {
        return dataSource;
    }
}
