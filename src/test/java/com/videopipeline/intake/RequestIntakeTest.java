package com.videopipeline.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.videopipeline.job.JobStore;
import com.videopipeline.provider.TestRouting;
import com.videopipeline.request.DropContext;
import com.videopipeline.request.RawLine;
import com.videopipeline.request.RequestDefaults;
import com.videopipeline.request.RequestMapper;
import com.videopipeline.request.VideoSize;
import java.lang.reflect.Proxy;
import java.time.Clock;
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

    private final RequestIntake intake = new RequestIntake(
            new RequestMapper(new RequestDefaults(8, VideoSize.parse("1280x720"), 24)),
            TestRouting.with(Map.of()).router(), LEDGER_DOWN, null, Clock.systemUTC());
    private final CollectedOutcomes outcomes = new CollectedOutcomes();
    private final IntakeBatch batch = new IntakeBatch("b1", "API request", "entry", DropContext.withoutFolder(null),
            outcomes, false, false);

    @Test
    void shouldLetALedgerFailureFailTheSourceInsteadOfRejectingAGoodEntry() {
        RawLine entry = new RawLine(1, Map.of("prompt", "a red kite", "seconds", 4), null);

        assertThatThrownBy(() -> intake.accept(new Submission(batch, entry)))
                .isInstanceOf(DataAccessResourceFailureException.class);
        assertThat(outcomes.list()).as("nothing recorded against the entry").isEmpty();
        assertThat(batch.rejected()).isZero();
    }

    @Test
    void shouldStillRejectABadEntryWithItsReasonWithoutTouchingTheLedger() {
        RawLine entry = new RawLine(2, Map.of("prompt", "a red kite", "seconds", 4000), null);

        assertThat(intake.accept(new Submission(batch, entry))).isNull();

        assertThat(outcomes.list()).singleElement().satisfies(o -> assertThat(o.rejection()).contains("seconds"));
        assertThat(batch.rejected()).isEqualTo(1);
    }
}
