package com.videopipeline.budget;

import com.videopipeline.job.DiscardedVideo;
import com.videopipeline.job.JobState;
import com.videopipeline.job.VideoJob;
import com.videopipeline.provider.ProviderPhase;
import com.videopipeline.provider.ProviderStatus;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * What a job's reservation turns into when it is settled: what was paid. Providers bill the seconds they generate:
 * a delivered video costs its model's price at its size times its verified duration (nothing when it came from the
 * result cache); a discarded video (failed verification) was paid at its estimate. A job that ended without a video
 * was paid for only if its provider may have made one: a generation the provider itself reports failed or cancelled
 * is not billed, nor a job no provider accepted; one given up while being generated, one whose output expired and
 * one whose submit is uncertain are counted at their estimate, since the provider may bill them.
 */
final class BudgetCharge {

    private BudgetCharge() {
    }

    /** What an ended job's reservation {@code r} cost. */
    static Amount ended(VideoJob job, Reservation r) {
        Amount paid = discardedSince(job, r.discardedSeen());
        if (job.cachedFrom() != null) {
            return paid;
        }
        if (job.state() == JobState.DELIVERED) {
            return paid.plus(delivered(job, r));
        }
        return lastGenerationBilled(job) ? paid.plus(r.reserved()) : paid;
    }

    /** What the videos discarded since {@code seen} cost: a job going on after its video failed verification. */
    static Amount discardedSince(VideoJob job, int seen) {
        List<DiscardedVideo> videos = job.discardedVideos();
        List<DiscardedVideo> recent = videos.subList(Math.min(seen, videos.size()), videos.size());
        BigDecimal usd = recent.stream().map(DiscardedVideo::costUsd).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Amount(usd, BigDecimal.valueOf((long) recent.size() * job.request().seconds()));
    }

    private static Amount delivered(VideoJob job, Reservation r) {
        BigDecimal usd = job.actualCost() == null ? r.reserved().usd()
                : job.actualCost().subtract(discardedSince(job, 0).usd()).max(BigDecimal.ZERO);
        double seconds = job.verified() == null ? job.request().seconds() : job.verified().durationSeconds();
        return Amount.of(usd, seconds);
    }

    private static boolean lastGenerationBilled(VideoJob job) {
        if (job.state() == JobState.UNCERTAIN) {
            return true;
        }
        if (job.providerJobId() == null || job.discardedVideos().stream()
                .anyMatch(d -> job.providerJobId().equals(d.providerJobId()))) {
            return false;
        }
        ProviderStatus last = job.lastStatus();
        return last == null || last.phase() != ProviderPhase.FAILED && last.phase() != ProviderPhase.CANCELLED;
    }
}
