package com.videopipeline.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import com.videopipeline.MovableClock;
import com.videopipeline.TestSchemas;
import com.videopipeline.moderation.ModerationScoreLedger.Scored;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** The moderation_score table (migration V13) on each database the ledger runs on, from a clean schema. */
abstract class ModerationScoreLedgerContract {

    private static final Instant T0 = Instant.parse("2026-11-02T09:00:00Z");
    private static final String MODEL = "omni-moderation-latest";

    private final MovableClock clock = new MovableClock(T0);
    private ModerationScoreLedger ledger;
    private ExecutorService pool;

    abstract DataSource dataSource();

    @BeforeEach
    void migrate() {
        TestSchemas.rebuild(dataSource());
        ledger = new ModerationScoreLedger(new NamedParameterJdbcTemplate(dataSource()), clock);
    }

    @AfterEach
    void stopPool() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    @Test
    void shouldFindTheScoresAndFlaggedCategoriesOfAKeyWithTheirTime() {
        String key = ModerationScoreLedger.key(MODEL, "a gore scene");
        ModerationScores scores = new ModerationScores(Map.of("violence/graphic", 0.97, "violence", 0.4127,
                "sexual/minors", 1.2345678901234567E-5), Set.of("violence/graphic"));

        ledger.record(key, MODEL, scores);

        assertThat(ledger.find(key, T0)).contains(new Scored(scores, T0));
        assertThat(ledger.find(ModerationScoreLedger.key(MODEL, "a kite"), T0)).isEmpty();
    }

    @Test
    void shouldNotFindScoresGivenBeforeNotBefore() {
        String key = ModerationScoreLedger.key(MODEL, "a kite");
        ledger.record(key, MODEL, scores(0.1));

        assertThat(ledger.find(key, T0.minus(Duration.ofDays(7)))).isPresent();
        assertThat(ledger.find(key, T0)).isPresent();
        assertThat(ledger.find(key, T0.plusMillis(1))).isEmpty();
    }

    @Test
    void shouldReplaceOlderScoresOfTheSameKeyWithNewerOnes() {
        String key = ModerationScoreLedger.key(MODEL, "a kite");
        ledger.record(key, MODEL, scores(0.1));
        clock.advance(Duration.ofDays(8));

        ledger.record(key, MODEL, scores(0.7));

        assertThat(ledger.find(key, T0)).contains(new Scored(scores(0.7), T0.plus(Duration.ofDays(8))));
    }

    @Test
    void shouldKeepTheNewerScoresWhenOlderOnesArriveLate() {
        String key = ModerationScoreLedger.key(MODEL, "a kite");
        clock.advance(Duration.ofMinutes(1));
        ledger.record(key, MODEL, scores(0.7));
        clock.advance(Duration.ofMinutes(-1));

        ledger.record(key, MODEL, scores(0.1));

        assertThat(ledger.find(key, T0)).map(Scored::scores).contains(scores(0.7));
    }

    @Test
    void shouldKeepEveryCategoryOfTheApiWithFullPrecision() {
        Map<String, Double> all = new TreeMap<>();
        ModerationCategories.NAMES.forEach(c -> all.put(c, 0.12345678901234567 / (all.size() + 1)));
        ModerationScores scores = new ModerationScores(all, Set.copyOf(ModerationCategories.NAMES));
        String key = ModerationScoreLedger.key(MODEL, "a kite");

        ledger.record(key, MODEL, scores);

        assertThat(ledger.find(key, T0)).map(Scored::scores).contains(scores);
    }

    @Test
    void shouldRecordTheSameNewKeyFromManyEntriesAtOnceWithoutFailing() throws Exception {
        String key = ModerationScoreLedger.key(MODEL, "a kite");
        int entries = 6;
        CyclicBarrier start = new CyclicBarrier(entries);
        pool = Executors.newFixedThreadPool(entries);
        List<Future<Void>> done = new ArrayList<>();
        for (int i = 0; i < entries; i++) {
            Callable<Void> record = () -> {
                start.await();
                ledger.record(key, MODEL, scores(0.1));
                return null;
            };
            done.add(pool.submit(record));
        }
        for (Future<Void> f : done) {
            f.get();
        }

        assertThat(ledger.find(key, T0)).map(Scored::scores).contains(scores(0.1));
    }

    @Test
    void shouldKeyEachModelAndTextApart() {
        assertThat(ModerationScoreLedger.key("m", "ab")).hasSize(64)
                .isEqualTo(ModerationScoreLedger.key("m", "ab"))
                .isNotEqualTo(ModerationScoreLedger.key("ma", "b"))
                .isNotEqualTo(ModerationScoreLedger.key("m2", "ab"))
                .isNotEqualTo(ModerationScoreLedger.key("m", "ab "));
    }

    private static ModerationScores scores(double violence) {
        return new ModerationScores(Map.of("violence", violence, "hate", 0.01),
                violence >= 0.5 ? Set.of("violence") : Set.of());
    }
}
