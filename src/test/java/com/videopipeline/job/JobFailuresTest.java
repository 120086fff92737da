package com.videopipeline.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.videopipeline.metrics.PipelineMetrics;
import com.videopipeline.provider.FailureKind;
import com.videopipeline.provider.ProviderException;
import com.videopipeline.provider.TestRouting;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class JobFailuresTest {

    private final JobsProperties props = new JobsProperties(Path.of("w"), 8, 64, 4, 3, 10, 3,
            Duration.ofSeconds(2), Duration.ofMillis(500), Duration.ofHours(6));
    private final JobFailures failures = failures(Clock.fixed(Jobs.T0, ZoneOffset.UTC));

    /** With pipeline.routing.fallback-on-verification-failure off, as by default. */
    private JobFailures failures(Clock clock) {
        TestRouting routing = TestRouting.with(Map.of());
        VerificationFallback verification = new VerificationFallback(routing.router(), routing.catalogue(),
                routing.routing(), props, clock);
        return new JobFailures(props, verification, clock, PipelineMetrics.none());
    }

    private static ProviderException rejected(FailureKind kind, Duration retryAfter) {
        return new ProviderException("runway", kind, 429, null, "runway: 429", retryAfter, true, null);
    }

    @Nested
    class Submit {

        @Test
        void shouldRequeueASubmitTheProviderCertainlyRefusedHonouringRetryAfter() {
            VideoJob job = submitting();

            failures.handle(job, rejected(FailureKind.RATE_LIMITED, Duration.ofSeconds(30)));

            assertThat(job.state()).isEqualTo(JobState.QUEUED);
            assertThat(job.dueAt()).isEqualTo(Jobs.T0.plusSeconds(30));
        }

        @Test
        void shouldNotCountASubmitTheProviderCertainlyRefusedAsAnAttempt() {
            VideoJob job = submitting();
            int before = job.attempts();

            failures.handle(job, rejected(FailureKind.RATE_LIMITED, null));

            assertThat(job.attempts()).as("nothing was made, so nothing may be billed").isEqualTo(before - 1);
            assertThat(job.retries()).isEqualTo(1);
        }

        @Test
        void shouldBackOffExponentiallyWithAtMostHalfAgainAsJitter() {
            VideoJob job = submitting();

            failures.handle(job, rejected(FailureKind.SERVER_ERROR, null));

            assertThat(Duration.between(Jobs.T0, job.dueAt())).isBetween(Duration.ofSeconds(2), Duration.ofSeconds(3));
        }

        @Test
        void shouldStopRetryingOnceTheJobIsPastItsDeadline() {
            JobFailures late = failures(Clock.fixed(Jobs.T0.plus(Duration.ofHours(7)), ZoneOffset.UTC));
            VideoJob job = submitting();

            late.handle(job, rejected(FailureKind.RATE_LIMITED, null));

            assertThat(job.state()).isEqualTo(JobState.FAILED);
            assertThat(job.failureKind()).isEqualTo(FailureKind.RATE_LIMITED);
        }

        @Test
        void shouldLeaveASubmitWhoseOutcomeIsUnknownToReconciliationInsteadOfRepeatingIt() {
            VideoJob job = submitting();
            ProviderException timeout = new ProviderException("runway", FailureKind.TIMEOUT, 0, null,
                    "runway: timed out", null, false, null);

            failures.handle(job, timeout);

            assertThat(job.state()).isEqualTo(JobState.SUBMITTING);
            assertThat(job.dueAt()).isAfter(Jobs.T0);
            assertThat(job.failureKind()).isNull();
        }

        @Test
        void shouldFailAtOnceOnAnErrorThatRetryingCannotFix() {
            VideoJob job = submitting();

            failures.handle(job, rejected(FailureKind.QUOTA_EXHAUSTED, null));

            assertThat(job.state()).isEqualTo(JobState.FAILED);
            assertThat(job.failureMessage()).contains("429");
        }

        @Test
        void shouldToleratePassingTroubleButStopAfterTheConfiguredTransientFailures() {
            VideoJob job = Jobs.runwayJob("b", "a");
            for (int i = 0; i < props.maxTransientFailures(); i++) {
                job.moveTo(JobState.SUBMITTING, Jobs.T0);
                job.nextAttempt();
                failures.handle(job, rejected(FailureKind.SERVER_ERROR, null));
                assertThat(job.state()).as("after failure %d", i + 1).isEqualTo(JobState.QUEUED);
            }
            job.moveTo(JobState.SUBMITTING, Jobs.T0);

            failures.handle(job, rejected(FailureKind.SERVER_ERROR, null));

            assertThat(job.state()).isEqualTo(JobState.FAILED);
            assertThat(job.failureKind()).isEqualTo(FailureKind.SERVER_ERROR);
        }

        private VideoJob submitting() {
            VideoJob job = Jobs.runwayJob("b", "a");
            job.moveTo(JobState.SUBMITTING, Jobs.T0);
            job.nextAttempt();
            return job;
        }
    }

    @Nested
    class Download {

        @Test
        void shouldRetryAnUnusableDownloadThenFail() {
            VideoJob job = downloading();

            failures.handle(job, new com.videopipeline.media.InvalidVideoException("not an MP4"));
            assertThat(job.state()).isEqualTo(JobState.DOWNLOADING);
            failures.handle(job, new com.videopipeline.media.InvalidVideoException("not an MP4"));
            failures.handle(job, new com.videopipeline.media.InvalidVideoException("not an MP4"));

            assertThat(job.state()).isEqualTo(JobState.FAILED);
            assertThat(job.failureKind()).isEqualTo(FailureKind.DOWNLOAD_FAILED);
        }

        @Test
        void shouldNotLetPassingHttpTroubleUseUpTheReDownloadsOfABrokenFile() {
            VideoJob job = downloading();

            failures.handle(job, new com.videopipeline.media.InvalidVideoException("not an MP4"));
            failures.handle(job, rejected(FailureKind.RATE_LIMITED, null));
            failures.handle(job, rejected(FailureKind.SERVER_ERROR, null));
            failures.handle(job, new com.videopipeline.media.InvalidVideoException("not an MP4"));

            assertThat(job.state()).isEqualTo(JobState.DOWNLOADING);
            assertThat(job.fetchFailures()).isEqualTo(2);
        }

        @Test
        void shouldNotRetryAVideoThatIsNotWhatWasOrdered() {
            VideoJob job = downloading();

            failures.handle(job, new VerificationException("video lasts 5.00 s, 8 s were requested"));

            assertThat(job.state()).isEqualTo(JobState.FAILED);
            assertThat(job.failureKind()).isEqualTo(FailureKind.VERIFICATION_FAILED);
        }

        private VideoJob downloading() {
            VideoJob job = Jobs.runwayJob("b", "a");
            job.moveTo(JobState.SUBMITTING, Jobs.T0);
            job.moveTo(JobState.SUBMITTED, Jobs.T0);
            job.moveTo(JobState.DOWNLOADING, Jobs.T0);
            return job;
        }
    }

}
