package com.videopipeline.job;

import com.videopipeline.provider.Asset;
import com.videopipeline.provider.Download;
import com.videopipeline.provider.FailureKind;
import com.videopipeline.provider.ModelCatalogue;
import com.videopipeline.provider.ProviderException;
import com.videopipeline.provider.ProviderRegistry;
import com.videopipeline.provider.VideoProvider;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Downloads a finished job's video (and thumbnail, when the provider has one) into the work folder and checks it
 * is the video that was ordered, before anything is delivered.
 */
@Component("fetchStage")
class FetchStage {

    private static final Logger LOG = LoggerFactory.getLogger(FetchStage.class);

    private final JobStore store;
    private final ProviderRegistry providers;
    private final VideoVerifier verifier;
    private final ModelCatalogue catalogue;
    private final ProviderGate gate;
    private final JobsProperties props;
    private final Clock clock;

    FetchStage(JobStore store, ProviderRegistry providers, VideoVerifier verifier, ModelCatalogue catalogue,
               ProviderGate gate, JobsProperties props, Clock clock) {
        this.store = store;
        this.providers = providers;
        this.verifier = verifier;
        this.catalogue = catalogue;
        this.gate = gate;
        this.props = props;
        this.clock = clock;
    }

    /** Leases finished jobs waiting for their download, and verified ones a restart left undelivered. */
    public List<VideoJob> claim() {
        return store.claim(Set.of(JobState.DOWNLOADING, JobState.VERIFIED), clock.instant(), props.fetchBatch(),
                j -> j.state() == JobState.VERIFIED || gate.admit(j.provider()));
    }

    /** Downloads and verifies; throws (to the shared error handler) when the video is missing or wrong. */
    public VideoJob fetch(VideoJob job) {
        if (job.state() == JobState.VERIFIED) {
            return job;
        }
        VideoProvider provider = providers.get(job.provider());
        Path dir = workDir(job);
        Download video = downloadVideo(provider, job, dir.resolve(job.id() + ".mp4"));
        if (video == null) {
            return job;
        }
        job.video(video);
        job.timeline().downloaded(clock.instant());
        job.verified(verifier.verify(job.request(), video.file()));
        job.verifiedCost(catalogue.pricePerSecond(job.provider(), job.model(), job.request().size())
                .map(price -> price.multiply(BigDecimal.valueOf(job.verified().durationSeconds()))
                        .setScale(4, RoundingMode.HALF_UP))
                .orElse(null));
        job.thumbnail(thumbnail(provider, job, dir));
        job.clearFailures();
        job.moveTo(JobState.VERIFIED, clock.instant());
        return job;
    }

    /**
     * Output links expire (Runway's signed URLs in 24-48 h, OpenAI's assets after about an hour). A refused
     * download reads the job again, which gives Runway's fresh links and OpenAI's expiry; past the expiry the job
     * ends EXPIRED instead of retrying a download that cannot succeed. Returns null when it expired.
     */
    private Download downloadVideo(VideoProvider provider, VideoJob job, Path target) {
        try {
            return gate.call(job.provider(), () -> provider.download(job.lastStatus(), Asset.VIDEO, target)).orElseThrow();
        } catch (ProviderException e) {
            if (e.kind() != FailureKind.PERMISSION_DENIED && e.kind() != FailureKind.NOT_FOUND) {
                throw e;
            }
            job.lastStatus(gate.call(job.provider(), () -> provider.status(job.providerJobId())));
            Instant expiresAt = job.lastStatus().expiresAt();
            if (expiresAt != null && !clock.instant().isBefore(expiresAt)) {
                job.expire(clock.instant(), job.provider() + " output expired at " + expiresAt
                        + " before it could be downloaded (" + e.getMessage() + ")");
                LOG.warn("{}: {}", job, job.failureMessage());
                return null;
            }
            LOG.info("{}: output link refused ({}); downloading from the provider's fresh link", job, e.kind());
            return provider.download(job.lastStatus(), Asset.VIDEO, target).orElseThrow();
        }
    }

    public boolean readyToDeliver(VideoJob job) {
        return job.state() == JobState.VERIFIED;
    }

    /** A missing thumbnail is a pity, not a failure: the video is what was paid for. */
    private Download thumbnail(VideoProvider provider, VideoJob job, Path dir) {
        try {
            return provider.download(job.lastStatus(), Asset.THUMBNAIL, dir.resolve(job.id() + ".webp")).orElse(null);
        } catch (ProviderException e) {
            LOG.warn("{}: thumbnail not downloaded: {}", job, e.getMessage());
            return null;
        }
    }

    private Path workDir(VideoJob job) {
        try {
            return Files.createDirectories(props.workDir().resolve(job.batchId()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
