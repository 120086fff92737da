package com.videopipeline.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Jobs are polled on their own cadence, and densely from the moment jobs like them have been seen to finish. */
class PollScheduleTest {

    private static final Instant SUBMITTED = Jobs.T0;

    private final PollSchedule schedule = new PollSchedule(TestLimits.runway(Map.of("poll-interval", "1s",
            "finish-poll-interval", "100ms")));

    @Test
    void shouldPollAtTheRegularIntervalWhileNothingIsKnownAboutTheModel() {
        VideoJob job = submitted("a");

        assertThat(schedule.firstPoll(job, SUBMITTED)).isEqualTo(SUBMITTED.plusSeconds(1));
    }

    @Test
    void shouldCountTheNextPollFromWhenThePreviousWasDueNotFromALateTick() {
        VideoJob job = submitted("a");
        job.dueAt(SUBMITTED.plusSeconds(1));

        Instant next = schedule.nextPoll(job, null, SUBMITTED.plusMillis(1300));

        assertThat(next).isEqualTo(SUBMITTED.plusSeconds(2));
    }

    @Test
    void shouldPollWhenALikeJobWasSeenFinishedAndDenselyAfterThat() {
        learn(Duration.ofMillis(4300));
        VideoJob job = submitted("b");
        job.dueAt(SUBMITTED.plusSeconds(4));

        assertThat(schedule.nextPoll(job, null, SUBMITTED.plusSeconds(4)))
                .as("just before the expected finish").isEqualTo(SUBMITTED.plusMillis(4300));
        job.dueAt(SUBMITTED.plusMillis(4300));
        assertThat(schedule.nextPoll(job, null, SUBMITTED.plusMillis(4300)))
                .as("after it: the finish interval").isEqualTo(SUBMITTED.plusMillis(4400));
        job.dueAt(SUBMITTED.plusMillis(5400));
        assertThat(schedule.nextPoll(job, null, SUBMITTED.plusMillis(5400)))
                .as("a whole interval late: back to the regular pace").isEqualTo(SUBMITTED.plusMillis(6400));
    }

    @Test
    void shouldHonourTheProvidersAskForMorePatienceEvenWhenDue() {
        learn(Duration.ofMillis(4300));
        VideoJob job = submitted("c");
        job.dueAt(SUBMITTED.plusMillis(4300));

        Instant next = schedule.nextPoll(job, Duration.ofMillis(500), SUBMITTED.plusMillis(4300));

        assertThat(next).isEqualTo(SUBMITTED.plusMillis(4800));
    }

    @Test
    void shouldExpectTheEarliestFinishSeenForTheSameModelAndLength() {
        learn(Duration.ofMillis(2500));
        learn(Duration.ofMillis(2200));
        VideoJob job = submitted("d");

        assertThat(schedule.firstPoll(job, SUBMITTED)).as("1 s comes first").isEqualTo(SUBMITTED.plusSeconds(1));
        job.dueAt(SUBMITTED.plusSeconds(2));
        assertThat(schedule.nextPoll(job, null, SUBMITTED.plusSeconds(2))).isEqualTo(SUBMITTED.plusMillis(2200));
        VideoJob longer = Jobs.runwayJob("b", "e", "a lighthouse in fog", 10);
        longer.timeline().submitted(SUBMITTED);
        longer.dueAt(SUBMITTED.plusSeconds(2));
        assertThat(schedule.nextPoll(longer, null, SUBMITTED.plusSeconds(2)))
                .as("a 10 s video is another matter").isEqualTo(SUBMITTED.plusSeconds(3));
    }

    @Test
    void shouldNeedAtLeastOnePollIntervalOrTheShortestGenerationSeenToFinishAJob() {
        VideoJob job = submitted("f");
        assertThat(schedule.leastTimeToFinish(job)).as("nothing learned yet").isEqualTo(Duration.ofSeconds(1));

        learn(Duration.ofMillis(4300));
        learn(Duration.ofMillis(5100));

        assertThat(schedule.leastTimeToFinish(job)).isEqualTo(Duration.ofMillis(4300));
    }

    private void learn(Duration took) {
        VideoJob done = submitted("done-" + took.toMillis());
        schedule.finished(done, SUBMITTED.plus(took));
    }

    private static VideoJob submitted(String id) {
        VideoJob job = Jobs.runwayJob("b", id);
        job.timeline().submitted(SUBMITTED);
        return job;
    }
}
