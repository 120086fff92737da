package com.videopipeline.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.videopipeline.provider.FailureKind;
import org.junit.jupiter.api.Test;

class JobStateTest {

    @Test
    void shouldFollowTheHappyPathFromQueuedToDelivered() {
        VideoJob job = Jobs.runwayJob("b1", "a");

        for (JobState next : new JobState[] {JobState.SUBMITTING, JobState.SUBMITTED, JobState.RUNNING,
                JobState.DOWNLOADING, JobState.VERIFIED, JobState.DELIVERED}) {
            job.moveTo(next, Jobs.T0);
        }

        assertThat(job.state()).isEqualTo(JobState.DELIVERED);
        assertThat(job.timeline().finished()).isEqualTo(Jobs.T0);
    }

    @Test
    void shouldRefuseToDeliverAJobThatWasNeverVerified() {
        VideoJob job = Jobs.runwayJob("b1", "a");
        job.moveTo(JobState.SUBMITTING, Jobs.T0);

        assertThatThrownBy(() -> job.moveTo(JobState.DELIVERED, Jobs.T0))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("SUBMITTING").hasMessageContaining("DELIVERED");
    }

    @Test
    void shouldKeepTheOutcomeOfAJobThatAlreadyEnded() {
        VideoJob job = Jobs.runwayJob("b1", "a");
        job.fail(FailureKind.SAFETY_INPUT, "refused", Jobs.T0);

        job.fail(FailureKind.UNKNOWN, "later error", Jobs.T0);

        assertThat(job.failureKind()).isEqualTo(FailureKind.SAFETY_INPUT);
        assertThat(job.failureMessage()).isEqualTo("refused");
    }

    @Test
    void shouldCountOnlySubmittedAndRunningJobsAgainstTheProviderLimit() {
        assertThat(JobState.QUEUED.isAtProvider()).isFalse();
        assertThat(JobState.SUBMITTING.isAtProvider()).isTrue();
        assertThat(JobState.RUNNING.isAtProvider()).isTrue();
        assertThat(JobState.DOWNLOADING.isAtProvider()).isFalse();
    }
}
