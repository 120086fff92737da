package com.videopipeline.enrich;

import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The expansion ledger on H2, the embedded default. */
class H2ExpansionLedgerTest extends ExpansionLedgerContract {

    private final DataSource dataSource =
            new DriverManagerDataSource("jdbc:h2:mem:expansions-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");

    @Override
    DataSource dataSource() {
        return dataSource;
    }
}
