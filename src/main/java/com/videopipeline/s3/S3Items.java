package com.videopipeline.s3;

import com.videopipeline.delivery.OutboxProperties;
import com.videopipeline.job.Batch;
import com.videopipeline.job.BatchTracker;
import com.videopipeline.job.JobStore;
import com.videopipeline.job.VideoJob;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Uploads what one ledger record owes, from the outbox: a job's video then its sidecar (last, as in the outbox,
 * so a sidecar in the bucket means its video is complete), or a batch's manifest and whichever reports exist.
 */
@Component
class S3Items {

    /** Batch files delivered with the manifest when present; the manifest goes last. */
    private static final List<String> BATCH_FILES = List.of("report.csv", "report.html", "manifest.json");

    private final S3Properties props;
    private final S3Keys keys;
    private final S3Uploader uploader;
    private final JobStore jobs;
    private final BatchTracker batches;
    private final OutboxProperties outbox;

    S3Items(S3Properties props, S3Keys keys, S3Uploader uploader, JobStore jobs, BatchTracker batches,
            OutboxProperties outbox) {
        this.props = props;
        this.keys = keys;
        this.uploader = uploader;
        this.jobs = jobs;
        this.batches = batches;
        this.outbox = outbox;
    }

    /** Uploads the job's video and sidecar; returns the video's location. */
    String deliverJob(String batchId, String jobId) throws IOException {
        Batch batch = batch(batchId);
        VideoJob job = jobs.find(batchId + "/" + jobId)
                .orElseThrow(() -> new IllegalStateException("job " + batchId + "/" + jobId + " is not in the ledger"));
        S3Destination dest = props.destinationFor(batch.origin(), batch.campaign());
        String key = dest.key(keys.video(batch, job));
        Map<String, String> meta = Map.of("job-id", job.id(), "provider", job.provider(), "model", job.model(),
                "prompt-sha256", sha256(job.request().prompt()), S3Uploader.SHA256, job.video().sha256());
        uploader.upload(dest.bucket(), key, job.deliveredVideo(), "video/mp4", meta);
        Path sidecar = job.deliveredVideo().resolveSibling(jobId + ".json");
        uploader.upload(dest.bucket(), S3Keys.sidecar(key), sidecar, "application/json",
                Map.of("job-id", job.id(), S3Uploader.SHA256, sha256(sidecar)));
        return dest.location(key);
    }

    /** Uploads the batch's reports and manifest; returns the manifest's location. */
    String deliverBatch(String batchId) throws IOException {
        Batch batch = batch(batchId);
        S3Destination dest = props.destinationFor(batch.origin(), batch.campaign());
        Path dir = outbox.dir().resolve(batchId);
        String location = null;
        for (String name : BATCH_FILES) {
            Path file = dir.resolve(name);
            if (Files.exists(file)) {
                String key = dest.key(keys.batchFile(batch, name));
                uploader.upload(dest.bucket(), key, file, contentType(name),
                        Map.of("batch-id", batchId, S3Uploader.SHA256, sha256(file)));
                location = dest.location(key);
            }
        }
        if (location == null) {
            throw new IOException("batch " + batchId + " has no manifest in " + dir);
        }
        return location;
    }

    private Batch batch(String batchId) {
        return batches.find(batchId)
                .orElseThrow(() -> new IllegalStateException("batch " + batchId + " is not in the ledger"));
    }

    private static String contentType(String name) {
        return name.endsWith(".json") ? "application/json" : name.endsWith(".csv") ? "text/csv" : "text/html";
    }

    private static String sha256(String text) {
        return HexFormat.of().formatHex(PartContent.sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    static String sha256(Path file) throws IOException {
        MessageDigest digest = PartContent.sha256();
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
