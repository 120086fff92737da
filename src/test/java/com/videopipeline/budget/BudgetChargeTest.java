package com.videopipeline.budget;

import static org.assertj.core.api.Assertions.assertThat;

import com.videopipeline.job.DiscardedVideo;
import com.videopipeline.job.JobState;
import com.videopipeline.job.VideoJob;
import com.videopipeline.media.Mp4Info;
import com.videopipeline.provider.Download;
import com.videopipeline.provider.FailureKind;
import com.videopipeline.provider.ProviderPhase;
import com.videopipeline.provider.ProviderStatus;
import com.videopipeline.request.VideoRequest;
import com.videopipeline.request.VideoSize;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a job's end costs its budget: what the provider may bill, no more, no less. */
class BudgetChargeTest {

    private static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");
    private static final Reservation HELD = new Reservation("b1", "a", "batch:b1", Reservation.RESERVED,
            new Amount(new BigDecimal("0.48"), BigDecimal.valueOf(4)), Amount.ZERO, 0);

    @Test
    void shouldChargeADeliveredVideoAtItsVerifiedDuration() {
        VideoJob job = atProvider();
        job.moveTo(JobState.DOWNLOADING, T0);
        job.verified(new Mp4Info(3.5, 1280, 720, "avc1", 84));
        job.verifiedCost(new BigDecimal("0.4200"));
        job.moveTo(JobState.VERIFIED, T0);
        job.moveTo(JobState.DELIVERED, T0);

        Amount charge = BudgetCharge.ended(job, HELD);

        assertThat(charge.usd()).isEqualByComparingTo("0.42");
        assertThat(charge.seconds()).isEqualByComparingTo("3.5");
    }

    @Test
    void shouldChargeNothingForAVideoServedFromTheCache() {
        VideoJob job = job();
        job.fromCache("b0/a", new Download(Path.of("/w/a.mp4"), 1, "ab", "video/mp4"), T0);
        job.moveTo(JobState.DELIVERED, T0);

        assertThat(BudgetCharge.ended(job, HELD).isZero()).isTrue();
    }

    @Test
    void shouldReleaseAGenerationTheProviderFailedOrNoProviderAccepted() {
        VideoJob failed = atProvider();
        failed.lastStatus(new ProviderStatus("task-a", ProviderPhase.FAILED, null, List.of(), "INTERNAL", "x", null,
                null));
        failed.fail(FailureKind.PROVIDER_INTERNAL, "failed", T0);
        VideoJob cancelled = job();
        cancelled.cancel("cancelled by API", T0);

        assertThat(BudgetCharge.ended(failed, HELD).isZero()).isTrue();
        assertThat(BudgetCharge.ended(cancelled, HELD).isZero()).isTrue();
    }

    @Test
    void shouldChargeWhatTheProviderMayBillAtItsEstimate() {
        VideoJob expired = atProvider();
        expired.lastStatus(new ProviderStatus("task-a", ProviderPhase.SUCCEEDED, 100.0, List.of(), null, null, null,
                T0));
        expired.moveTo(JobState.DOWNLOADING, T0);
        expired.expire(T0, "output expired");
        VideoJob uncertain = job();
        uncertain.moveTo(JobState.SUBMITTING, T0);
        uncertain.hold(T0, "submit outcome unknown");

        assertThat(BudgetCharge.ended(expired, HELD)).isEqualTo(HELD.reserved());
        assertThat(BudgetCharge.ended(uncertain, HELD)).isEqualTo(HELD.reserved());
    }

    @Test
    void shouldCountAVideoThatFailedVerificationOnceAsDiscarded() {
        VideoJob job = atProvider();
        job.moveTo(JobState.DOWNLOADING, T0);
        job.discard(new DiscardedVideo(T0, "runway", "gen4.5", "task-a", null, "wrong size", new BigDecimal("0.48"),
                null));
        job.fail(FailureKind.VERIFICATION_FAILED, "wrong size", T0);

        Amount charge = BudgetCharge.ended(job, HELD);

        assertThat(charge.usd()).isEqualByComparingTo("0.48");
        assertThat(charge.seconds()).isEqualByComparingTo("4");
    }

    private static VideoJob job() {
        VideoRequest request = new VideoRequest("a", "a lighthouse", 4, VideoSize.parse("1280x720"), 24, null, null,
                null, null, null, null, List.of());
        return new VideoJob("b1", "api", 1, request, "runway", "gen4.5", new BigDecimal("0.48"), T0);
    }

    private static VideoJob atProvider() {
        VideoJob job = job();
        job.moveTo(JobState.SUBMITTING, T0);
        job.providerJobId("task-a");
        job.moveTo(JobState.SUBMITTED, T0);
        return job;
    }
}
