package com.videopipeline.moderation;

import static com.videopipeline.moderation.ModerationFixtures.cached;
import static com.videopipeline.moderation.ModerationFixtures.client;
import static com.videopipeline.moderation.ModerationFixtures.localImage;
import static com.videopipeline.moderation.ModerationFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;

import com.videopipeline.MovableClock;
import com.videopipeline.TestSchemas;
import com.videopipeline.simulator.ProviderSimulator;
import com.videopipeline.simulator.SimulatorModeration;
import com.videopipeline.simulator.SimulatorProperties;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The moderation API link with its score cache on H2, against the simulator over real HTTP: kept scores spare the
 * call within cache-for, are judged by the thresholds of the day, and stand in for an API that is down within
 * stale-for; what was never scored is still refused. The API goes down by stopping the simulator.
 */
@ExtendWith(OutputCaptureExtension.class)
class ModerationScoreCacheTest {

    private static final Duration WEEK = Duration.ofDays(7);
    private static final Duration MONTH = Duration.ofDays(30);

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-02T09:00:00Z"));
    private final DataSource dataSource = new DriverManagerDataSource(
            "jdbc:h2:mem:moderation-cache-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    private ModerationScoreLedger ledger;
    private ProviderSimulator simulator;

    @BeforeEach
    void start() {
        TestSchemas.rebuild(dataSource);
        ledger = new ModerationScoreLedger(new NamedParameterJdbcTemplate(dataSource), clock);
        simulator = new ProviderSimulator(SimulatorProperties.defaults().withPort(0).withModeration(
                new SimulatorModeration(List.of(
                        new SimulatorModeration.Rule("(?i)\\bgore\\b", "violence/graphic", 0.97, null),
                        new SimulatorModeration.Rule("(?i)\\bblood\\b", "violence", 0.81, null)), 0.4)));
        simulator.start();
    }

    @AfterEach
    void stop() {
        simulator.stop();
    }

    @Test
    void shouldJudgeTheSamePromptAgainFromItsKeptScoresWithoutAskingTheApi() {
        ModerationApi api = api(WEEK, MONTH, Map.of());

        Optional<Refusal> first = api.check(request("a gore scene"));
        clock.advance(WEEK.minusSeconds(1));
        Optional<Refusal> second = api.check(request("a gore scene"));

        assertThat(second).isEqualTo(first).map(Refusal::reason)
                .hasValue("moderation/violence/graphic: 0.97 >= 0.50");
        assertThat(moderations()).isEqualTo(1);
    }

    @Test
    void shouldAskTheApiAgainOnceTheKeptScoresAreOlderThanCacheFor() {
        ModerationApi api = api(WEEK, MONTH, Map.of());
        api.check(request("a red kite"));
        clock.advance(WEEK.plusSeconds(1));

        assertThat(api.check(request("a red kite"))).isEmpty();
        assertThat(api.check(request("a red kite"))).isEmpty();

        assertThat(moderations()).as("asked afresh once, then kept again").isEqualTo(2);
    }

    @Test
    void shouldJudgeKeptScoresByTheThresholdsOfTheDay() {
        assertThat(api(WEEK, MONTH, Map.of()).check(request("a drop of blood on snow"))).map(Refusal::reason)
                .hasValue("moderation/violence: 0.81 >= 0.50");

        Optional<Refusal> lenient = api(WEEK, MONTH, Map.of("violence", 0.9)).check(request("a drop of blood on snow"));
        Optional<Refusal> strict = api(WEEK, MONTH, Map.of("violence", 0.8)).check(request("a drop of blood on snow"));

        assertThat(lenient).isEmpty();
        assertThat(strict).map(Refusal::reason).hasValue("moderation/violence: 0.81 >= 0.80");
        assertThat(moderations()).isEqualTo(1);
    }

    @Test
    void shouldJudgePromptsScoredWithinStaleForByTheirScoresWhileTheApiIsDown(CapturedOutput output) {
        ModerationApi api = api(WEEK, MONTH, Map.of());
        api.check(request("a red kite over the dunes"));
        api.check(request("a drop of blood on snow"));
        clock.advance(Duration.ofDays(8));
        simulator.stop();

        assertThat(api.check(request("a red kite over the dunes"))).as("passed yesterday, passes today").isEmpty();
        assertThat(api.check(request("a drop of blood on snow"))).map(Refusal::category)
                .hasValue("moderation/violence");
        assertThat(api.check(request("a paper boat on a pond"))).as("never scored").map(Refusal::reason)
                .hasValueSatisfying(r -> assertThat(r).startsWith("moderation/unavailable: could not connect")
                        .contains("(3 attempts)"));
        assertThat(output.getOut()).contains("moderation of r1: could not connect to", "(3 attempts); judged by"
                + " its scores of PT192H ago instead (stale-for PT720H)").doesNotContain("red kite");
    }

    @Test
    void shouldRefuseAPromptScoredLongerAgoThanStaleForWhileTheApiIsDown() {
        ModerationApi api = api(WEEK, MONTH, Map.of());
        api.check(request("a red kite"));
        clock.advance(MONTH.plusSeconds(1));
        simulator.stop();

        assertThat(api.check(request("a red kite"))).map(Refusal::category).hasValue("moderation/unavailable");
    }

    @Test
    void shouldNeverUseStaleScoresWhenStaleForIsZero() {
        ModerationApi api = api(WEEK, Duration.ZERO, Map.of());
        api.check(request("a red kite"));
        clock.advance(WEEK.plusSeconds(1));
        simulator.stop();

        assertThat(api.check(request("a red kite"))).map(Refusal::category).hasValue("moderation/unavailable");
    }

    @Test
    void shouldAlwaysAskTheApiAndKeepNothingWhenCacheForIsZero() {
        ModerationApi api = api(Duration.ZERO, MONTH, Map.of());

        api.check(request("a red kite"));
        api.check(request("a red kite"));

        assertThat(moderations()).isEqualTo(2);
        assertThat(rows()).isZero();
        simulator.stop();
        assertThat(api.check(request("a red kite"))).map(Refusal::category).hasValue("moderation/unavailable");
    }

    @Test
    void shouldAlwaysAskTheApiWhenTheInputImageIsSentAndKeepNothingOfIt() {
        ModerationApi api = client(cached(simulator.openAiBaseUrl(), Map.of(), true, WEEK, MONTH), ledger, clock);

        api.check(request("a bottle", null, localImage()));
        api.check(request("a bottle", null, localImage()));
        api.check(request("a bottle"));

        assertThat(simulator.stats().openai().moderationImages()).isEqualTo(2);
        assertThat(moderations()).as("the text-only check had nothing kept to use").isEqualTo(3);
        assertThat(rows()).as("only the text-only check's scores").isEqualTo(1);
    }

    private ModerationApi api(Duration cacheFor, Duration staleFor, Map<String, Double> thresholds) {
        return client(cached(simulator.openAiBaseUrl(), thresholds, false, cacheFor, staleFor), ledger, clock);
    }

    private long moderations() {
        return simulator.stats().openai().moderations();
    }

    private int rows() {
        return new JdbcTemplate(dataSource).queryForObject("SELECT COUNT(*) FROM moderation_score", Integer.class);
    }
}
