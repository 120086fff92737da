package com.videopipeline.email;

import java.nio.file.Path;
import java.util.List;

/**
 * What one batch's digest says, taken from its manifest: the counts, a line per job that goes to email, the
 * failures. Images and attachments are outbox files; {@code link} is a presigned S3 URL or the outbox path.
 * {@code omitted}: jobs of the batch not in this mail, because their targets (request's or batch's) lack email;
 * {@code attachLimits}: the limits on attachments, as the mail states them.
 */
record Digest(String batchId, String campaign, int lines, int rejected, List<Line> jobs, int omitted,
              String attachLimits) {

    /** {@code notAttached}: why a delivered video is only linked (too big alone, or for the mail's total). */
    record Line(String id, String status, String prompt, String provider, String model, String link, Path image,
                Path attachment, String notAttached, String failureKind, String failureReason) {

        boolean failed() {
            return failureReason != null;
        }

        /** The Content-ID of the line's inline image; job ids are file-name safe, so they are CID safe too. */
        String imageCid() {
            return image == null ? null : id + ".image@video-pipeline";
        }
    }

    long delivered() {
        return jobs.stream().filter(j -> "delivered".equals(j.status())).count();
    }

    long failed() {
        return jobs.size() - delivered();
    }

    String subject() {
        return "Batch " + batchId + ": " + delivered() + " delivered, " + failed() + " failed";
    }

    List<Line> failures() {
        return jobs.stream().filter(Line::failed).toList();
    }

    /** Delivered videos only linked, not attached, because of a limit. */
    long notAttached() {
        return jobs.stream().filter(j -> j.notAttached() != null).count();
    }
}
