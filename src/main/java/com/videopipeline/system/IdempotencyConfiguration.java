package com.videopipeline.system;

import javax.sql.DataSource;
import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Camel's idempotent repository on the ledger's own database (table created by Flyway), so a message delivered
 * twice by a broker, even across restarts, is taken in once. Sources use it with the idempotentConsumer EIP.
 */
@Configuration
class IdempotencyConfiguration {

    /** Keys of video request messages already taken in, for the queue source. */
    @Bean
    JdbcMessageIdRepository requestMessageIds(DataSource dataSource) {
        JdbcMessageIdRepository repository = new JdbcMessageIdRepository(dataSource, "video-requests");
        // the table is the migrations' job: a repository creating its own schema would bypass Flyway
        repository.setCreateTableIfNotExists(false);
        return repository;
    }
}
