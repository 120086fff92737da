package com.videopipeline.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import javax.sql.DataSource;
import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

class RequestMessageIdsTest {

    private final DataSource ledger = migrated();

    private static DataSource migrated() {
        DataSource db = new DriverManagerDataSource("jdbc:h2:mem:ids-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                "sa", "");
        Flyway.configure().dataSource(db).load().migrate();
        return db;
    }

    @Test
    void shouldTakeARedeliveredMessageInOnlyOnceEvenAfterARestart() throws Exception {
        JdbcMessageIdRepository before = new IdempotencyConfiguration().requestMessageIds(ledger);
        before.start();
        assertThat(before.add("msg-1")).isTrue();
        assertThat(before.add("msg-1")).as("redelivered").isFalse();
        before.stop();

        JdbcMessageIdRepository afterRestart = new IdempotencyConfiguration().requestMessageIds(ledger);
        afterRestart.start();

        assertThat(afterRestart.contains("msg-1")).isTrue();
        assertThat(afterRestart.add("msg-1")).isFalse();
        assertThat(afterRestart.add("msg-2")).isTrue();
    }
}
