package com.videopipeline.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.videopipeline.provider.FailureKind;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class BatchTrackerTest {

    private final BatchTracker tracker = new BatchTracker(Clock.fixed(Jobs.T0, ZoneOffset.UTC));

    @Test
    void shouldCompleteABatchOnceWhenItsLastJobSettlesAfterSealing() {
        tracker.open("b1", "b1.csv");
        VideoJob first = Jobs.runwayJob("b1", "a");
        VideoJob second = Jobs.runwayJob("b1", "b");
        assertThat(tracker.seal("b1", 2, 0, Path.of("r.json"))).isNull();

        first.fail(FailureKind.SAFETY_INPUT, "refused", Jobs.T0);
        assertThat(tracker.jobSettled(first)).isNull();
        second.fail(FailureKind.UNKNOWN, "x", Jobs.T0);

        assertThat(tracker.jobSettled(second)).isNotNull();
        assertThat(tracker.jobSettled(second)).as("a second report of the same job").isNull();
    }

    @Test
    void shouldCompleteOnSealingWhenEveryJobEndedWhileTheFileWasStillBeingRead() {
        tracker.open("b2", "b2.csv");
        VideoJob only = Jobs.runwayJob("b2", "a");
        only.fail(FailureKind.SAFETY_INPUT, "refused", Jobs.T0);
        assertThat(tracker.jobSettled(only)).as("not sealed yet").isNull();

        Batch completed = tracker.seal("b2", 1, 3, Path.of("r.json"));

        assertThat(completed).isNotNull();
        assertThat(completed.completed()).isEqualTo(Jobs.T0);
        assertThat(tracker.allComplete()).isTrue();
    }

    @Test
    void shouldIgnoreJobsThatAreStillRunning() {
        tracker.open("b3", "b3.csv");
        tracker.seal("b3", 1, 0, Path.of("r.json"));

        assertThat(tracker.jobSettled(Jobs.runwayJob("b3", "a"))).isNull();
        assertThat(tracker.allComplete()).isFalse();
    }
}
