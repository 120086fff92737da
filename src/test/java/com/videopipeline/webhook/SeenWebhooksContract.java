package com.videopipeline.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.videopipeline.TestSchemas;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The record of deliveries already taken in: a repeat is recognised, also by a new instance (a restart), a delivery
 * whose handling failed can be taken again, and ids no copy could still pass the timestamp check with are pruned.
 * Run once per ledger database by the concrete classes.
 */
abstract class SeenWebhooksContract {

    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
    private static final Instant KEEP_UNTIL = NOW.plus(Duration.ofMinutes(5));

    private NamedParameterJdbcTemplate jdbc;
    private SeenWebhooks seen;

    abstract DataSource dataSource();

    @BeforeEach
    void cleanSchema() {
        TestSchemas.rebuild(dataSource());
        jdbc = new NamedParameterJdbcTemplate(dataSource());
        seen = new SeenWebhooks(jdbc);
    }

    @Test
    void shouldRecogniseARepeatedDeliveryAlsoAfterARestart() {
        assertThat(seen.firstDelivery("openai", "msg_1", KEEP_UNTIL, NOW)).isTrue();
        assertThat(seen.firstDelivery("openai", "msg_1", KEEP_UNTIL, NOW.plusSeconds(1))).isFalse();

        SeenWebhooks restarted = new SeenWebhooks(jdbc);
        assertThat(restarted.firstDelivery("openai", "msg_1", KEEP_UNTIL, NOW.plusSeconds(2))).isFalse();
        assertThat(restarted.firstDelivery("openai", "msg_2", KEEP_UNTIL, NOW.plusSeconds(2))).isTrue();
        assertThat(restarted.firstDelivery("other", "msg_1", KEEP_UNTIL, NOW.plusSeconds(2))).as("another sender")
                .isTrue();
    }

    @Test
    void shouldTakeADeliveryAgainOnceForgotten() {
        seen.firstDelivery("openai", "msg_1", KEEP_UNTIL, NOW);

        seen.forget("openai", "msg_1");

        assertThat(seen.firstDelivery("openai", "msg_1", KEEP_UNTIL, NOW)).isTrue();
    }

    @Test
    void shouldPruneOnlyIdsPastTheirTolerance() {
        seen.firstDelivery("openai", "msg_old", NOW.minusSeconds(1), NOW.minusSeconds(400));
        seen.firstDelivery("openai", "msg_new", KEEP_UNTIL, NOW.minusSeconds(390));

        assertThat(seen.prune(NOW)).isEqualTo(1);
        assertThat(seen.firstDelivery("openai", "msg_new", KEEP_UNTIL, NOW)).isFalse();
        assertThat(seen.firstDelivery("openai", "msg_old", KEEP_UNTIL, NOW)).isTrue();
    }
}
