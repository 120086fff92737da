package com.videopipeline.targets;

import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The targets' ledger contract on H2, the embedded default. */
class H2TargetLedgerTest extends TargetLedgerContract {

    private final DataSource dataSource =
            new DriverManagerDataSource("jdbc:h2:mem:targets-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");

    @Override
    DataSource dataSource() {
        return dataSource;
    }
}
