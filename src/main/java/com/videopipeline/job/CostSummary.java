package com.videopipeline.job;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Objects;
import java.util.function.Function;

/**
 * What a set of jobs (a batch, a campaign) was estimated to cost and actually cost. Neither provider reports a
 * per-job price (Runway only its account's daily credit usage, OpenAI nothing), so every figure is the configured
 * price per second of the model times seconds: requested seconds for the estimate, the verified duration for the
 * actual cost, which also includes the discarded videos that failed verification but were paid for.
 *
 * @param basis where the prices come from, said in the document so a reader does not take them for an invoice
 */
public record CostSummary(int jobs, int delivered, long secondsRequested, double secondsDelivered,
                          BigDecimal estimatedUsd, BigDecimal actualUsd, int discardedVideos,
                          BigDecimal discardedUsd, String basis) {

    static final String CATALOGUE = "catalogue";

    public static CostSummary of(Collection<VideoJob> jobs) {
        return new CostSummary(jobs.size(),
                (int) jobs.stream().filter(j -> j.state() == JobState.DELIVERED).count(),
                jobs.stream().mapToLong(j -> j.request().seconds()).sum(),
                jobs.stream().filter(j -> j.state() == JobState.DELIVERED && j.verified() != null)
                        .mapToDouble(j -> j.verified().durationSeconds()).sum(),
                sum(jobs, VideoJob::estimatedCost), sum(jobs, VideoJob::actualCost),
                jobs.stream().mapToInt(j -> j.discardedVideos().size()).sum(),
                jobs.stream().flatMap(j -> j.discardedVideos().stream()).map(DiscardedVideo::costUsd)
                        .filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add),
                CATALOGUE);
    }

    /** Both summaries together, e.g. the batches of one campaign. */
    public CostSummary plus(CostSummary other) {
        return new CostSummary(jobs + other.jobs, delivered + other.delivered,
                secondsRequested + other.secondsRequested, secondsDelivered + other.secondsDelivered,
                estimatedUsd.add(other.estimatedUsd), actualUsd.add(other.actualUsd),
                discardedVideos + other.discardedVideos, discardedUsd.add(other.discardedUsd), basis);
    }

    public static CostSummary none() {
        return new CostSummary(0, 0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO, 0, BigDecimal.ZERO, CATALOGUE);
    }

    private static BigDecimal sum(Collection<VideoJob> jobs, Function<VideoJob, BigDecimal> cost) {
        return jobs.stream().map(cost).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
