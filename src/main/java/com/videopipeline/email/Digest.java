package com.videopipeline.email;

import java.nio.file.Path;
import java.util.List;

/**
 * What one batch's digest says, taken from its manifest: the counts, a line per job, the failures. Images and
 * attachments are outbox files; {@code link} is a presigned S3 URL or the outbox path.
 */
record Digest(String batchId, String campaign, int lines, int rejected, long delivered, long failed,
              List<Line> jobs) {

    record Line(String id, String status, String prompt, String provider, String model, String link, Path image,
                Path attachment, String failureKind, String failureReason) {

        boolean failed() {
            return failureReason != null;
        }

        /** The Content-ID of the line's inline image; job ids are file-name safe, so they are CID safe too. */
        String imageCid() {
            return image == null ? null : id + ".image@video-pipeline";
        }
    }

    String subject() {
        return "Batch " + batchId + ": " + delivered + " delivered, " + failed + " failed";
    }

    List<Line> failures() {
        return jobs.stream().filter(Line::failed).toList();
    }
}
