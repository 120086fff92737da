package com.videopipeline.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.videopipeline.provider.Download;
import com.videopipeline.provider.FailureKind;
import com.videopipeline.provider.TestRouting;
import com.videopipeline.request.VideoRequest;
import com.videopipeline.request.VideoSize;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a video of the wrong duration or size leads to: generation at another provider, or the end of the job. */
class VerificationFallbackTest {

    private static final String TOO_SHORT = "video lasts 2.00 s, 8 s were requested (tolerance 0.50 s)";

    private final JobsProperties props = new JobsProperties(Path.of("w"), 8, 64, 4, 3, 10, 3,
            Duration.ofSeconds(2), Duration.ofMillis(500), Duration.ofHours(6));

    private VerificationFallback fallback(boolean on, Instant now) {
        TestRouting routing = TestRouting.with(
                Map.of("pipeline.routing.fallback-on-verification-failure", String.valueOf(on)));
        return new VerificationFallback(routing.router(), routing.catalogue(), routing.routing(), props,
                Clock.fixed(now, ZoneOffset.UTC));
    }

    private VerificationFallback on() {
        return fallback(true, Jobs.T0);
    }

    /** A job whose provider finished and whose video was downloaded, as the fetch stage leaves it. */
    private static VideoJob downloaded(VideoJob job, String providerJobId) {
        job.nextAttempt();
        job.moveTo(JobState.SUBMITTING, Jobs.T0);
        job.providerJobId(providerJobId);
        job.moveTo(JobState.SUBMITTED, Jobs.T0);
        job.moveTo(JobState.DOWNLOADING, Jobs.T0);
        job.video(new Download(Path.of("w/b/a.mp4"), 1000, "ab12", "video/mp4"));
        return job;
    }

    private static VideoJob pinnedToRunway() {
        VideoRequest request = new VideoRequest("a", "a lighthouse", 8, new VideoSize(1280, 720), 24,
                "runway", null, null, null, null, null, List.of());
        return new VideoJob("b", "b.jsonl", 1, request, "runway", "gen4.5", new BigDecimal("0.96"), Jobs.T0);
    }

    @Test
    void shouldGenerateAVideoOfTheWrongDurationAgainAtAnotherProvider() {
        VideoJob job = downloaded(Jobs.runwayJob("b", "a"), "task-1");

        on().handle(job, TOO_SHORT);

        assertThat(job.state()).isEqualTo(JobState.QUEUED);
        assertThat(job.provider() + "/" + job.model()).isEqualTo("sora/sora-2");
        assertThat(job.providerJobId()).isNull();
        assertThat(job.video()).isNull();
        assertThat(job.dueAt()).isEqualTo(Jobs.T0);
        assertThat(job.discardedVideos()).containsExactly(new DiscardedVideo(Jobs.T0, "runway", "gen4.5", "task-1",
                "ab12", TOO_SHORT, new BigDecimal("0.96"), "sora/sora-2"));
    }

    @Test
    void shouldCountThePaidBadVideoInBothTheEstimateAndTheActualCost() {
        VideoJob job = downloaded(Jobs.runwayJob("b", "a"), "task-1");

        on().handle(job, TOO_SHORT);
        job.verifiedCost(new BigDecimal("0.8000"));

        assertThat(job.estimatedCost()).isEqualByComparingTo("1.76");
        assertThat(job.actualCost()).isEqualByComparingTo("1.76");
    }

    @Test
    void shouldEndTheJobAsBeforeButKeepThePaidVideoOnRecordWhenTheSettingIsOff() {
        VideoJob job = downloaded(Jobs.runwayJob("b", "a"), "task-1");

        fallback(false, Jobs.T0).handle(job, TOO_SHORT);

        assertFailed(job, TOO_SHORT);
        assertThat(job.failureMessage()).isEqualTo(TOO_SHORT);
        assertThat(job.provider()).isEqualTo("runway");
        assertThat(job.providerJobId()).isEqualTo("task-1");
        assertThat(job.discardedVideos()).singleElement().satisfies(d -> assertThat(d.fallbackTo()).isNull());
        assertThat(job.actualCost()).isEqualByComparingTo("0.96");
    }

    @Test
    void shouldNotMoveARequestThatNamedItsProvider() {
        VideoJob job = downloaded(pinnedToRunway(), "task-1");

        on().handle(job, TOO_SHORT);

        assertFailed(job, "names its provider or model");
    }

    @Test
    void shouldNeverSendTheJobBackToAProviderThatAlreadyMadeABadVideo() {
        VideoJob job = downloaded(Jobs.runwayJob("b", "a"), "task-1");
        on().handle(job, TOO_SHORT);
        downloaded(job, "video_2");

        on().handle(job, TOO_SHORT);

        assertFailed(job, "not generated elsewhere");
        assertThat(job.discardedVideos()).extracting(DiscardedVideo::provider, DiscardedVideo::providerJobId,
                DiscardedVideo::fallbackTo).containsExactly(
                tuple("runway", "task-1", "sora/sora-2"), tuple("sora", "video_2", null));
        assertThat(job.actualCost()).isEqualByComparingTo("1.76");
    }

    @Test
    void shouldStopOnceTheJobHasHadItsMaximumGenerations() {
        VideoJob job = Jobs.runwayJob("b", "a");
        job.nextAttempt();
        job.nextAttempt();
        downloaded(job, "task-3");

        on().handle(job, TOO_SHORT);

        assertFailed(job, "max-submit-attempts (3) reached");
    }

    @Test
    void shouldStopOnceTheJobIsPastItsDeadline() {
        VideoJob job = downloaded(Jobs.runwayJob("b", "a"), "task-1");

        fallback(true, Jobs.T0.plus(Duration.ofHours(7))).handle(job, TOO_SHORT);

        assertFailed(job, "deadline");
    }

    @Test
    void shouldNotCountTheSameProviderJobTwiceWhenAReplayDownloadsItAgain() {
        VideoJob job = downloaded(Jobs.runwayJob("b", "a"), "task-1");
        fallback(false, Jobs.T0).handle(job, TOO_SHORT);
        job.replay(JobState.DOWNLOADING, Jobs.T0);

        fallback(false, Jobs.T0).handle(job, TOO_SHORT);

        assertThat(job.discardedVideos()).hasSize(1);
        assertThat(job.actualCost()).isEqualByComparingTo("0.96");
    }

    private static void assertFailed(VideoJob job, String messagePart) {
        assertThat(job.state()).isEqualTo(JobState.FAILED);
        assertThat(job.failureKind()).isEqualTo(FailureKind.VERIFICATION_FAILED);
        assertThat(job.failureMessage()).startsWith(TOO_SHORT).contains(messagePart);
    }
}
