package com.videopipeline.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.videopipeline.job.JobStore;
import com.videopipeline.provider.TestRouting;
import com.videopipeline.request.DropContext;
import com.videopipeline.request.RawLine;
import com.videopipeline.request.RequestDefaults;
import com.videopipeline.request.RequestMapper;
import com.videopipeline.request.VideoRequest;
import com.videopipeline.request.VideoSize;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;

/** An entry is rejected for what is wrong with it, never because the ledger was down while it was decided. */
class RequestIntakeTest {

    /** A ledger whose database is unreachable: every call fails as JDBC would. */
    private static final JobStore LEDGER_DOWN = (JobStore) Proxy.newProxyInstance(JobStore.class.getClassLoader(),
            new Class<?>[] {JobStore.class}, (proxy, method, args) -> {
                throw new DataAccessResourceFailureException("connection refused");
            });

    private final TestRouting routing = TestRouting.with(Map.of());
    private final RequestIntake intake = new RequestIntake(
            new RequestMapper(new RequestDefaults(8, VideoSize.parse("1280x720"), 24)),
            new ComparisonSides(routing.providers()), routing.router(), LEDGER_DOWN, null, Clock.systemUTC());
    private final CollectedOutcomes outcomes = new CollectedOutcomes();
    private final IntakeBatch batch = new IntakeBatch("b1", "API request", "entry", DropContext.withoutFolder(null),
            outcomes, false, false);

    @Test
    void shouldLetALedgerFailureFailTheSourceInsteadOfRejectingAGoodEntry() {
        RawLine entry = new RawLine(1, Map.of("prompt", "a red kite", "seconds", 4), null);
        Candidate candidate = intake.read(new Submission(batch, entry));

        assertThatThrownBy(() -> intake.queue(candidate)).isInstanceOf(DataAccessResourceFailureException.class);
        assertThat(outcomes.list()).as("nothing recorded against the entry").isEmpty();
        assertThat(batch.rejected()).isZero();
    }

    @Test
    void shouldStillRejectABadEntryWithItsReasonWithoutTouchingTheLedger() {
        RawLine entry = new RawLine(2, Map.of("prompt", "a red kite", "seconds", 4000), null);

        assertThat(intake.read(new Submission(batch, entry))).isNull();

        assertThat(outcomes.list()).singleElement().satisfies(o -> assertThat(o.rejection()).contains("seconds"));
        assertThat(batch.rejected()).isEqualTo(1);
    }

    @Test
    void shouldSplitAComparisonIntoOneRequestPerProviderOrModelEachNamedAfterItsSide() {
        RawLine entry = new RawLine(3, Map.of("id", "promo", "prompt", "a red kite", "seconds", 4,
                "compare", List.of("sora", "runway:gen4.5", "veo3.1")), null);

        List<VideoRequest> sides = intake.sides(intake.read(new Submission(batch, entry))).stream()
                .map(Candidate::request).toList();

        assertThat(sides).extracting(VideoRequest::id)
                .containsExactly("promo.sora", "promo.runway-gen4.5", "promo.veo3.1");
        assertThat(sides).extracting(VideoRequest::provider).containsExactly("sora", "runway", null);
        assertThat(sides).extracting(VideoRequest::model).containsExactly(null, "gen4.5", "veo3.1");
        assertThat(sides).allSatisfy(side -> {
            assertThat(side.options().comparison()).isEqualTo("promo");
            assertThat(side.options().compare()).isEmpty();
            assertThat(side.prompt()).isEqualTo("a red kite");
        });
    }

    @Test
    void shouldKeepASideIdWithinTheLedgersLimitByNumberingTheSide() {
        String longId = "x".repeat(78);

        assertThat(ComparisonSides.sideId(longId, "runway-gen4.5", 2)).hasSize(80).endsWith(".2");
        assertThat(ComparisonSides.sideId("promo", "sora", 1)).isEqualTo("promo.sora");
    }
}
