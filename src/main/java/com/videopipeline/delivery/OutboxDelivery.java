package com.videopipeline.delivery;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.videopipeline.job.JobState;
import com.videopipeline.job.VideoJob;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
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
    private final ObjectMapper json;
    private final Clock clock;

    OutboxDelivery(OutboxProperties props, ObjectMapper json, Clock clock) {
        this.props = props;
        this.json = json;
        this.clock = clock;
    }

    public VideoJob deliver(VideoJob job) throws IOException {
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
        job.deliveredVideo(video);
        job.timeline().delivered(clock.instant());
        job.moveTo(JobState.DELIVERED, clock.instant());
        Path sidecar = dir.resolve(job.id() + ".json");
        AtomicFiles.writeJson(json, sidecar, JobDocument.of(job, files(video, thumbnail, sidecar)));
        LOG.info("{} delivered to {}", job, video);
        return job;
    }

    static JobDocument.Files files(Path video, Path thumbnail, Path sidecar) {
        return new JobDocument.Files(name(video), name(thumbnail), name(sidecar));
    }

    private static String name(Path file) {
        return file == null ? null : file.getFileName().toString();
    }

}
