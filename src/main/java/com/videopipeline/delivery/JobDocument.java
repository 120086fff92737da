package com.videopipeline.delivery;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.videopipeline.job.DiscardedVideo;
import com.videopipeline.job.JobState;
import com.videopipeline.job.JobTimeline;
import com.videopipeline.job.TargetDelivery;
import com.videopipeline.job.VideoJob;
import com.videopipeline.media.Mp4Info;
import com.videopipeline.moderation.Refusal;
import com.videopipeline.provider.FailureKind;
import com.videopipeline.request.VideoRequest;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Everything known about one job, as written to its sidecar and into the batch manifest. A record rather than a
 * map so the JSON shape is declared in one place and cannot drift between the two files. {@code budget}: what its
 * batch's budget changed about it ("downgraded from ... to ...: budget"); a job its budget held has the reason as
 * its failure (kind BUDGET).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record JobDocument(
        String id,
        String batch,
        String status,
        Source source,
        Request request,
        String provider,
        String model,
        String providerJobId,
        Boolean cached,
        String cachedFrom,
        int attempts,
        int retries,
        List<Discarded> discardedVideos,
        BigDecimal estimatedCostUsd,
        BigDecimal actualCostUsd,
        Timings timings,
        Files files,
        List<TargetDelivery> deliveries,
        String sha256,
        Long bytes,
        Verification verification,
        Failure failure,
        String budget) {

    record Source(String file, int line) {
    }

    /**
     * The request as made; {@code brief} is the entry's own prompt when enrichment made another of it, and
     * {@code comparison} the id of the comparison this job is one side of.
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Request(String prompt, int seconds, String size, int fps, String image, String video,
                   String negativePrompt, Long seed, List<String> tags, String brief, String preset, String brand,
                   List<String> targets, String comparison) {
    }

    record Timings(Instant accepted, Instant submitted, Instant providerFinished, Instant downloaded,
                   Instant delivered, Instant finished, Long secondsAtProvider, Long secondsTotal) {
    }

    record Files(String video, String thumbnail, String sidecar) {
    }

    record Verification(boolean passed, double durationSeconds, int width, int height, String codec, long frames) {
    }

    /**
     * {@code category}: what refused or failed the job, said the same way for our refusals and the provider's: our
     * moderation's category ({@code policy/blocked-term}, {@code moderation/violence}) or the provider's failure
     * code ({@code SAFETY.INPUT.TEXT}, {@code moderation_blocked}); null for other failures.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Failure(String kind, String category, String message) {

        Failure(String kind, String message) {
            this(kind, null, message);
        }

        static Failure of(VideoJob job) {
            if (job.failureKind() == null) {
                return null;
            }
            String category = job.failureKind() == FailureKind.MODERATION ? Refusal.categoryOf(job.failureMessage())
                    : job.state() == JobState.FAILED && job.lastStatus() != null ? job.lastStatus().failureCode()
                    : null;
            return new Failure(job.failureKind().name(), category, job.failureMessage());
        }
    }

    /** A paid video that failed verification; {@code fallbackTo} is where the job was generated again, if anywhere. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Discarded(Instant at, String provider, String model, String providerJobId, String sha256, String reason,
                     BigDecimal costUsd, String fallbackTo) {
    }

    /** {@code deliveries}: per target, as known when the document is written; null or empty: none listed. */
    static JobDocument of(VideoJob job, Files files, List<TargetDelivery> deliveries) {
        return new JobDocument(job.id(), job.batchId(), job.state().name().toLowerCase(),
                new Source(job.sourceFile(), job.sourceLine()), request(job.request()),
                job.provider(), job.model(), job.providerJobId(), job.cachedFrom() != null ? Boolean.TRUE : null,
                job.cachedFrom(), job.attempts(), job.retries(), discarded(job.discardedVideos()), job.estimatedCost(),
                job.actualCost(),
                timings(job.timeline()), files, deliveries == null || deliveries.isEmpty() ? null : deliveries,
                job.video() == null ? null : job.video().sha256(),
                job.video() == null ? null : job.video().bytes(),
                verification(job.verified()),
                Failure.of(job),
                job.budgetNote());
    }

    private static Request request(VideoRequest r) {
        return new Request(r.prompt(), r.seconds(), r.size().toString(), r.fps(),
                r.image() == null ? null : r.image().toString(), r.video() == null ? null : r.video().toString(),
                r.negativePrompt(), r.seed(), r.tags(), r.options().brief(), r.options().preset(),
                r.options().brand(), r.options().targets(), r.options().comparison());
    }

    private static List<Discarded> discarded(List<DiscardedVideo> videos) {
        return videos.isEmpty() ? null : videos.stream().map(d -> new Discarded(d.at(), d.provider(), d.model(),
                d.providerJobId(), d.sha256(), d.reason(), d.costUsd(), d.fallbackTo())).toList();
    }

    private static Timings timings(JobTimeline t) {
        return new Timings(t.accepted(), t.submitted(), t.providerFinished(), t.downloaded(), t.delivered(),
                t.finished(), seconds(t.submitted(), t.providerFinished()), seconds(t.accepted(), t.finished()));
    }

    private static Long seconds(Instant from, Instant to) {
        return from == null || to == null ? null : java.time.Duration.between(from, to).toSeconds();
    }

    private static Verification verification(Mp4Info info) {
        return info == null ? null : new Verification(true, info.durationSeconds(), info.width(), info.height(),
                info.codec(), info.frames());
    }
}
