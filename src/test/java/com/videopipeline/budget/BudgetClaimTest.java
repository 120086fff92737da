package com.videopipeline.budget;

import static org.assertj.core.api.Assertions.assertThat;

import com.videopipeline.job.DiscardedVideo;
import com.videopipeline.job.JobState;
import com.videopipeline.job.VideoJob;
import com.videopipeline.media.Mp4Info;
import com.videopipeline.provider.FailureKind;
import com.videopipeline.provider.ProviderPhase;
import com.videopipeline.provider.ProviderStatus;
import com.videopipeline.provider.TestRouting;
import com.videopipeline.request.VideoRequest;
import com.videopipeline.request.VideoSize;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The budget's decisions at submit time, on the real ledger (H2): each job's estimate is reserved before it goes;
 * one that does not fit waits while jobs under way could release enough, and is held (or downgraded) once nothing
 * could; a failure releases its reservation and lets a waiting job go.
 */
class BudgetClaimTest {

    private static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(T0, ZoneOffset.UTC);
    private static final String BATCH = "b1";

    private TestBudgets budgets;

    private void given(BudgetMode mode, String usd, String seconds) {
        budgets = TestBudgets.on(TestBudgets.h2(), TestRouting.with(Map.of(
                "pipeline.providers.sora.models.sora-2-pro.price-per-second-by-size.[1920x1080]", "0.70")).catalogue(),
                mode, CLOCK);
        budgets.batches.open(BATCH, "api", null, "api", null);
        budgets.batchBudgets.attach(BATCH, new BudgetSpec(usd == null ? null : new BigDecimal(usd),
                seconds == null ? null : new BigDecimal(seconds), false, null), null);
    }

    @Test
    void shouldReserveEachEstimateAndMakeTheNextJobWaitWhileOthersAreUnderWay() {
        given(BudgetMode.HOLD, "1.00", null);
        VideoJob a = gen45("a");
        VideoJob b = gen45("b");
        VideoJob c = gen45("c");

        assertThat(claim(a)).isTrue();
        assertThat(claim(b)).isTrue();
        assertThat(claim(c)).as("$0.48 more than the $0.04 left, while two are under way").isFalse();

        assertThat(c.state()).isEqualTo(JobState.QUEUED);
        assertThat(view().reservedUsd()).isEqualByComparingTo("0.96");
        assertThat(view().remainingUsd()).isEqualByComparingTo("0.04");
    }

    @Test
    void shouldHoldAJobOnceNothingUnderWayCouldFreeEnough() {
        given(BudgetMode.HOLD, "1.00", null);
        VideoJob a = gen45("a");
        VideoJob b = gen45("b");
        VideoJob c = gen45("c");
        spend(a, b);

        assertThat(claim(c)).as("claimed only to be settled").isTrue();

        assertThat(c.state()).isEqualTo(JobState.HELD);
        assertThat(c.failureKind()).isEqualTo(FailureKind.BUDGET);
        assertThat(c.failureMessage())
                .isEqualTo("budget: $0.96 of $1.00 reserved or spent; this job's $0.48 estimate would exceed it");
        BudgetView view = view();
        assertThat(view.spentUsd()).isEqualByComparingTo("0.96");
        assertThat(view.reservedUsd()).isEqualByComparingTo("0");
    }

    @Test
    void shouldLetAWaitingJobGoOnceAFailedGenerationReleasesItsReservation() {
        given(BudgetMode.HOLD, "1.00", null);
        VideoJob a = gen45("a");
        VideoJob b = gen45("b");
        VideoJob c = gen45("c");
        claim(a);
        claim(b);
        assertThat(claim(c)).isFalse();

        failAtProvider(a);

        assertThat(claim(c)).as("a failed generation is not billed: its $0.48 is free again").isTrue();
        assertThat(c.state()).isEqualTo(JobState.QUEUED);
        assertThat(view().releasedUsd()).isEqualByComparingTo("0.48");
        assertThat(view().reservedUsd()).isEqualByComparingTo("0.96");
    }

    @Test
    void shouldCountAGenerationGivenUpWhileRunningAsSpent() {
        given(BudgetMode.HOLD, "1.00", null);
        VideoJob a = gen45("a");
        VideoJob b = gen45("b");
        claim(a);
        claim(b);
        submitted(a);
        a.lastStatus(new ProviderStatus("task-a", ProviderPhase.RUNNING, 40.0, List.of(), null, null, null, null));
        a.fail(FailureKind.TIMEOUT, "did not finish within its deadline", T0);
        end(a);
        deliver(b, 4.0);

        VideoJob c = gen45("c");
        assertThat(claim(c)).isTrue();
        assertThat(c.state()).as("the provider may bill what it was generating").isEqualTo(JobState.HELD);
        assertThat(view().spentUsd()).isEqualByComparingTo("0.96");
    }

    @Test
    void shouldDowngradeToTheCheaperModelThatChangesLeastAndHoldWhenNoneFits() {
        given(BudgetMode.DOWNGRADE, "2.10", null);
        VideoJob a = job("a", "runway", "veo3.1", 4, "1280x720");
        VideoJob b = job("b", "runway", "veo3.1", 4, "1280x720");
        VideoJob c = job("c", "runway", "veo3.1", 4, "1280x720");

        assertThat(claim(a)).isTrue();
        assertThat(claim(b)).isTrue();
        assertThat(claim(c)).as("nothing fits the $0.02 left while two are under way: it waits").isFalse();

        // veo3.1_fast ($0.60) would not fit the $0.50 left; gen4.5 ($0.48) does
        assertThat(b.model()).isEqualTo("gen4.5");
        assertThat(b.estimatedCost()).isEqualByComparingTo("0.48");
        assertThat(b.budgetNote()).isEqualTo("downgraded from veo3.1 1280x720 ($1.60) to gen4.5 1280x720 ($0.48):"
                + " budget, $1.60 of $2.10 reserved or spent");
        assertThat(view().reservedUsd()).isEqualByComparingTo("2.08");
        deliver(a, 4.0);
        deliver(b, 4.0);
        assertThat(claim(c)).isTrue();
        assertThat(c.state()).isEqualTo(JobState.HELD);
        assertThat(c.failureMessage()).endsWith("; no cheaper model or size of runway fits");
        end(c);
        assertThat(view().downgraded()).isEqualTo(1);
        assertThat(view().held()).isEqualTo(1);
    }

    @Test
    void shouldDowngradeToASmallerSizeOfTheSameShapeWhenNoCheaperModelMakesTheSize() {
        given(BudgetMode.DOWNGRADE, "4.00", null);
        VideoJob a = job("a", "sora", "sora-2-pro", 4, "1920x1080");
        VideoJob b = job("b", "sora", "sora-2-pro", 4, "1920x1080");

        claim(a);
        assertThat(claim(b)).isTrue();
        budgets.store.save(b);

        VideoJob read = budgets.store.find(BATCH + "/b").orElseThrow();
        assertThat(read.model()).isEqualTo("sora-2-pro");
        assertThat(read.request().size()).isEqualTo(VideoSize.parse("1280x720"));
        assertThat(read.estimatedCost()).isEqualByComparingTo("1.20");
        assertThat(read.budgetNote()).startsWith("downgraded from sora-2-pro 1920x1080 ($2.80) to sora-2-pro 1280x720"
                + " ($1.20): budget");
        assertThat(view().reservedUsd()).isEqualByComparingTo("4.00");
    }

    @Test
    void shouldLimitSecondsOfVideoWhichNoDowngradeCanSave() {
        given(BudgetMode.DOWNGRADE, null, "10");
        VideoJob a = gen45("a");
        VideoJob b = gen45("b");
        VideoJob c = gen45("c");
        spend(a, b);

        claim(c);

        assertThat(c.state()).isEqualTo(JobState.HELD);
        assertThat(c.model()).isEqualTo("gen4.5");
        assertThat(c.failureMessage()).startsWith("budget: 8 of 10 s of video reserved or spent; this job's 4 s would"
                + " exceed it");
        assertThat(view().spentSeconds()).isEqualByComparingTo("8");
        assertThat(view().limitUsd()).isNull();
    }

    @Test
    void shouldLeaveJobsOfABatchWithoutABudgetAlone() {
        given(BudgetMode.HOLD, "0.10", null);
        budgets.batches.open("free", "api", null, "api", null);
        VideoJob free = new VideoJob("free", "api", 1, request("x", 4, "1280x720"), "runway", "gen4.5",
                new BigDecimal("0.48"), T0);
        budgets.store.add(free);

        assertThat(claim(free)).isTrue();

        assertThat(free.state()).isEqualTo(JobState.QUEUED);
        assertThat(budgets.batchBudgets.view("free")).isEmpty();
        assertThat(budgets.ledger.reservation("free", "x")).isEmpty();
    }

    @Test
    void shouldSettleAReservationACrashLeftOpenBeforeMakingAJobWait() {
        given(BudgetMode.HOLD, "0.50", null);
        VideoJob a = gen45("a");
        claim(a);
        submitted(a);
        a.lastStatus(new ProviderStatus("task-a", ProviderPhase.FAILED, null, List.of(), "INTERNAL", "boom", null,
                null));
        a.fail(FailureKind.PROVIDER_INTERNAL, "failed at the provider", T0);
        budgets.store.save(a); // ... and the process died before the budget was settled

        VideoJob b = gen45("b");

        assertThat(claim(b)).isTrue();
        assertThat(b.state()).isEqualTo(JobState.QUEUED);
        assertThat(budgets.ledger.reservation(BATCH, "a").orElseThrow().state()).isEqualTo(Reservation.RELEASED);
    }

    @Test
    void shouldCountADiscardedVideoAsSpentAndReserveTheJobsNextGenerationAnew() {
        given(BudgetMode.HOLD, "1.00", null);
        VideoJob a = gen45("a");
        claim(a);
        submitted(a);
        a.moveTo(JobState.DOWNLOADING, T0);
        a.discard(new DiscardedVideo(T0, "runway", "gen4.5", "task-a", null, "3.1 s, not 4 s",
                new BigDecimal("0.48"), "runway/gen4.5"));
        a.fallBack("runway", "gen4.5", new BigDecimal("0.96"), T0);
        end(a);

        assertThat(view().spentUsd()).isEqualByComparingTo("0.48");
        assertThat(claim(a)).as("its next generation fits the $0.52 left").isTrue();
        assertThat(view().reservedUsd()).isEqualByComparingTo("0.48");
        assertThat(claim(gen45("b"))).isFalse();
    }

    private boolean claim(VideoJob job) {
        BudgetClaim claim = budgets.gate.claim();
        return claim.allows(job) && (job.state() == JobState.HELD || claim.reserve(job));
    }

    /** A 4 s 1280x720 job on Runway's gen4.5: a $0.48 estimate. */
    private VideoJob gen45(String id) {
        return job(id, "runway", "gen4.5", 4, "1280x720");
    }

    /** Claims each job in turn, then delivers each as a 4 s video: their estimates spent. */
    private void spend(VideoJob... jobs) {
        for (VideoJob job : jobs) {
            claim(job);
        }
        for (VideoJob job : jobs) {
            deliver(job, 4.0);
        }
    }

    private VideoJob job(String id, String provider, String model, int seconds, String size) {
        VideoRequest request = request(id, seconds, size);
        BigDecimal estimate = budgets.catalogue.estimatedCost(provider, model, request).orElseThrow();
        VideoJob job = new VideoJob(BATCH, "api", 1, request, provider, model, estimate, T0);
        budgets.store.add(job);
        return job;
    }

    private static VideoRequest request(String id, int seconds, String size) {
        return new VideoRequest(id, "a lighthouse at dusk", seconds, VideoSize.parse(size), 24, null, null, null,
                null, null, null, List.of());
    }

    private void submitted(VideoJob job) {
        job.moveTo(JobState.SUBMITTING, T0);
        job.providerJobId("task-" + job.id());
        job.moveTo(JobState.SUBMITTED, T0);
    }

    private void failAtProvider(VideoJob job) {
        submitted(job);
        job.lastStatus(new ProviderStatus(job.providerJobId(), ProviderPhase.FAILED, null, List.of(), "INTERNAL",
                "generation failed", null, null));
        job.fail(FailureKind.PROVIDER_INTERNAL, "failed at the provider", T0);
        end(job);
    }

    private void deliver(VideoJob job, double seconds) {
        submitted(job);
        job.moveTo(JobState.DOWNLOADING, T0);
        job.verified(new Mp4Info(seconds, 1280, 720, "avc1", (long) (seconds * 24)));
        job.verifiedCost(job.estimatedCost());
        job.moveTo(JobState.VERIFIED, T0);
        job.moveTo(JobState.DELIVERED, T0);
        end(job);
    }

    /** As settle-job does: the ledger first, then the budget. */
    private void end(VideoJob job) {
        budgets.store.save(job);
        budgets.settlement.settle(job);
    }

    private BudgetView view() {
        return budgets.batchBudgets.view(BATCH).orElseThrow();
    }
}
