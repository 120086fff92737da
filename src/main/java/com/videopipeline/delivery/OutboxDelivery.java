package com.videopipeline.delivery;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.videopipeline.job.JobState;
import com.videopipeline.job.TargetDelivery;
import com.videopipeline.job.VideoJob;
import com.videopipeline.metrics.PipelineMetrics;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Delivers a verified job to the local outbox: the video, its thumbnail when there is one, and a JSON sidecar
 * saying what was asked, who made it, what it cost and how it was checked. The sidecar goes last, so its presence
 * means the video beside it is complete.
 */
@Component("outboxDelivery")
class OutboxDelivery {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxDelivery.class);

    private final OutboxProperties props;
    private final BatchReport report;
    private final ObjectMapper json;
    private final Clock clock;
    private final PipelineMetrics metrics;

    OutboxDelivery(OutboxProperties props, BatchReport report, ObjectMapper json, Clock clock,
                   PipelineMetrics metrics) {
        this.props = props;
        this.report = report;
        this.json = json;
        this.clock = clock;
        this.metrics = metrics;
    }

    /** {@code targets}: all of the job's targets, outbox first; the others are still to come, PENDING in the sidecar. */
    public VideoJob deliver(VideoJob job, List<String> targets) throws IOException {
        Path dir = props.dir().resolve(job.batchId());
        Path video = dir.resolve(job.id() + ".mp4");
        if (job.cachedFrom() != null) {
            AtomicFiles.copyOnce(job.video().file(), video, job.video().bytes());
        } else {
            AtomicFiles.moveOnce(job.video().file(), video);
        }
        Path thumbnail = null;
        if (job.thumbnail() != null) {
            thumbnail = dir.resolve(job.id() + ".webp");
            AtomicFiles.moveOnce(job.thumbnail().file(), thumbnail);
        }
        report.prepareImage(video, thumbnail != null);
        job.deliveredVideo(video);
        job.timeline().delivered(clock.instant());
        job.moveTo(JobState.DELIVERED, clock.instant());
        Path sidecar = dir.resolve(job.id() + ".json");
        AtomicFiles.writeJson(json, sidecar, JobDocument.of(job, files(video, thumbnail, sidecar),
                deliveries(video, targets)));
        LOG.info("{} delivered to {}", job, video);
        metrics.delivery("outbox", "job", "delivered");
        metrics.paid(job.provider(), job.model(), job.actualCost());
        return job;
    }

    /** The outbox delivery as the ledger records it next, then the other targets, not attempted yet. */
    private static List<TargetDelivery> deliveries(Path video, List<String> targets) {
        List<TargetDelivery> deliveries = new ArrayList<>();
        deliveries.add(new TargetDelivery("outbox", video.toString(), "DELIVERED", 1, null));
        targets.stream().filter(t -> !t.equals("outbox")).map(TargetDelivery::pending).forEach(deliveries::add);
        return deliveries;
    }

    static JobDocument.Files files(Path video, Path thumbnail, Path sidecar) {
        return new JobDocument.Files(name(video), name(thumbnail), name(sidecar));
    }

    private static String name(Path file) {
        return file == null ? null : file.getFileName().toString();
    }

}
