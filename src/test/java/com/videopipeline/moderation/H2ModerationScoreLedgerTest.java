package com.videopipeline.moderation;

import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The moderation score ledger on H2, the embedded default. */
class H2ModerationScoreLedgerTest extends ModerationScoreLedgerContract {

    private final DataSource dataSource = new DriverManagerDataSource(
            "jdbc:h2:mem:moderation-scores-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");

    @Override
    DataSource dataSource() {
        return dataSource;
    }
}
