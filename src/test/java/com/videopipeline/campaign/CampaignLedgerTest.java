package com.videopipeline.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import com.videopipeline.TestSchemas;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Each campaign's last firing on the real ledger (H2): its clock never moves back, but a real firing beats WATCHING. */
class CampaignLedgerTest {

    private static final Instant LOADED = Instant.parse("2026-11-24T10:00:12.300Z");

    private final DataSource dataSource =
            new DriverManagerDataSource("jdbc:h2:mem:campaigns-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    private CampaignLedger ledger;

    @BeforeEach
    void cleanSchema() {
        TestSchemas.rebuild(dataSource);
        ledger = new CampaignLedger(new NamedParameterJdbcTemplate(dataSource), Clock.fixed(LOADED, ZoneOffset.UTC));
    }

    @Test
    void shouldRecordAFiringScheduledForTheStartOfTheSecondItsCampaignWasLoadedIn() {
        ledger.reset("flash-sale", LOADED, FiringState.WATCHING);

        // Quartz fires a just-scheduled "0/2 * * * * ?" for 10:00:12.000, before the load at 12.300
        ledger.record("flash-sale", Instant.parse("2026-11-24T10:00:12Z"), FiringState.STARTED, null);

        assertThat(ledger.last("flash-sale")).hasValueSatisfying(last -> {
            assertThat(last.state()).isEqualTo(FiringState.STARTED);
            assertThat(last.scheduledAt()).isEqualTo(Instant.parse("2026-11-24T10:00:12Z"));
        });
    }

    @Test
    void shouldNeverMoveAFiredCampaignsClockBack() {
        ledger.record("flash-sale", Instant.parse("2026-11-24T10:00:14Z"), FiringState.FIRED, "b2");

        ledger.record("flash-sale", Instant.parse("2026-11-24T10:00:12Z"), FiringState.FIRED, "b1");

        assertThat(ledger.last("flash-sale")).hasValueSatisfying(last -> {
            assertThat(last.batchId()).as("the later firing stays the last").isEqualTo("b2");
            assertThat(last.scheduledAt()).isEqualTo(Instant.parse("2026-11-24T10:00:14Z"));
        });
    }
}
