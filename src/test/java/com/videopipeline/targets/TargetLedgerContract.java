package com.videopipeline.targets;

import static org.assertj.core.api.Assertions.assertThat;

import com.videopipeline.TestSchemas;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * What the delivery targets' ledger promises (delivery_target, batch_targets), checked on every database the
 * pipeline runs on, from a schema built by the application's own migrations.
 */
abstract class TargetLedgerContract {

    private static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");

    private TargetLedger ledger;
    private BatchTargets chosen;

    abstract DataSource dataSource();

    @BeforeEach
    void cleanSchema() {
        TestSchemas.rebuild(dataSource());
        NamedParameterJdbcTemplate jdbc = new NamedParameterJdbcTemplate(dataSource());
        Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
        ledger = new TargetLedger(jdbc, clock);
        chosen = new BatchTargets(jdbc, new SubmittedTargets(new TargetSwitches(List.of())), clock);
    }

    @Test
    void shouldRecordAnItemOnceAndClaimItOnceUntilItsLeaseRunsOut() {
        ledger.owe("s3", "b1", TargetRecord.JOB, "a");
        ledger.owe("s3", "b1", TargetRecord.JOB, "a");

        List<TargetRecord> first = ledger.claim("s3", 8, false);
        assertThat(first).extracting(TargetRecord::item).containsExactly("a");
        assertThat(ledger.claim("s3", 8, false)).as("leased").isEmpty();

        ledger.attemptFailed(first.get(0), "store down", Duration.ZERO);
        TargetRecord again = ledger.claim("s3", 8, false).get(0);
        assertThat(again.attempts()).isEqualTo(1);
        ledger.delivered(again, "s3://videos/a.mp4");
        assertThat(ledger.batch("b1")).singleElement().satisfies(r -> {
            assertThat(r.state()).isEqualTo("DELIVERED");
            assertThat(r.attempts()).isEqualTo(2);
            assertThat(r.location()).isEqualTo("s3://videos/a.mp4");
        });
        assertThat(ledger.jobLocations("s3", "b1")).containsEntry("a", "s3://videos/a.mp4");
    }

    @Test
    void shouldHoldAnItemThatWaitsForOthersWhileAnotherTargetOfItsBatchIsPending() {
        ledger.owe("s3", "b1", TargetRecord.JOB, "a");
        ledger.owe("email", "b1", TargetRecord.BATCH, "");
        ledger.recordFailed("s3", "b2", TargetRecord.BATCH, "", "s3 is not enabled here");
        ledger.owe("email", "b2", TargetRecord.BATCH, "");

        assertThat(ledger.claim("email", 8, true)).extracting(TargetRecord::batchId).containsExactly("b2");
        ledger.delivered(ledger.claim("s3", 8, false).get(0), "s3://videos/a.mp4");
        assertThat(ledger.claim("email", 8, true)).extracting(TargetRecord::batchId).containsExactly("b1");
        assertThat(ledger.batch("b2")).filteredOn(r -> r.target().equals("s3")).singleElement()
                .satisfies(r -> assertThat(r.lastError()).isEqualTo("s3 is not enabled here"));
    }

    @Test
    void shouldKeepTheFirstChoiceOfABatchsTargets() {
        chosen.submitted("b1", List.of("outbox", "email"));
        chosen.record("b1", List.of("outbox", "s3"), BatchTargets.BY_ORIGIN);
        chosen.submitted("b2", List.of());

        assertThat(chosen.find("b1")).hasValue(new BatchTargets.Choice(List.of("outbox", "email"), "batch"));
        assertThat(chosen.find("b2")).isEmpty();
    }
}
