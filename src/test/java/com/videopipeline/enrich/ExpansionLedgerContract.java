package com.videopipeline.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import com.videopipeline.TestSchemas;
import java.time.Clock;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** The brief_expansion table (migration V12) on each database the ledger runs on, from a clean schema. */
abstract class ExpansionLedgerContract {

    private ExpansionLedger ledger;

    abstract DataSource dataSource();

    @BeforeEach
    void migrate() {
        TestSchemas.rebuild(dataSource());
        ledger = new ExpansionLedger(new NamedParameterJdbcTemplate(dataSource()), Clock.systemUTC());
    }

    @Test
    void shouldFindAnExpansionByItsKeyAndKeepTheFirstOne() {
        String key = ExpansionLedger.key("gpt-4.1-mini", "system", "a kite");

        ledger.record(key, "gpt-4.1-mini", "a kite", "Wide shot of a kite.");
        ledger.record(key, "gpt-4.1-mini", "a kite", "Close-up of a kite.");

        assertThat(ledger.find(key)).contains("Wide shot of a kite.");
        assertThat(ledger.find(ExpansionLedger.key("gpt-4.1-mini", "system", "a boat"))).isEmpty();
    }

    @Test
    void shouldKeepAnExpansionAsLongAsAPrompt() {
        String key = ExpansionLedger.key("m", "s", "b");
        String longest = "é".repeat(32_000);

        ledger.record(key, "m", "b", longest);

        assertThat(ledger.find(key)).contains(longest);
    }

    @Test
    void shouldKeyEachModelSystemPromptAndBriefApart() {
        assertThat(ExpansionLedger.key("m", "s", "ab")).hasSize(64)
                .isEqualTo(ExpansionLedger.key("m", "s", "ab"))
                .isNotEqualTo(ExpansionLedger.key("m", "sa", "b"))
                .isNotEqualTo(ExpansionLedger.key("m2", "s", "ab"));
    }
}
