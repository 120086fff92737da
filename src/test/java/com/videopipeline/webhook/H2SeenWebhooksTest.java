package com.videopipeline.webhook;

import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The seen-deliveries record on H2, the embedded default. */
class H2SeenWebhooksTest extends SeenWebhooksContract {

    private final DataSource dataSource =
            new DriverManagerDataSource("jdbc:h2:mem:webhooks-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");

    @Override
    DataSource dataSource() {
        return dataSource;
    }
}
