package com.videopipeline.email;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.videopipeline.delivery.OutboxProperties;
import com.videopipeline.job.Batch;
import com.videopipeline.targets.TargetChoice;
import com.videopipeline.targets.TargetLedger;
import com.videopipeline.targets.Targets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Reads a completed batch's {@code manifest.json} (the written record, not the live ledger, so the digest says
 * what the batch folder holds) and decides per job whether it is in the mail (its targets include email), its
 * image, its link and whether its video is attached: each at most {@code attach-max-bytes}, all together at most
 * {@code attach-total-max-bytes}, in manifest order; the others are linked, and the mail says why.
 */
@Component
class DigestContent {

    private final OutboxProperties outbox;
    private final EmailProperties props;
    private final TargetLedger ledger;
    private final TargetChoice choice;
    private final DigestLinks links;
    private final ObjectMapper json;

    DigestContent(OutboxProperties outbox, EmailProperties props, TargetLedger ledger, TargetChoice choice,
                  DigestLinks links, ObjectMapper json) {
        this.outbox = outbox;
        this.props = props;
        this.ledger = ledger;
        this.choice = choice;
        this.links = links;
        this.json = json;
    }

    Digest of(Batch batch) throws IOException {
        Path dir = outbox.dir().resolve(batch.id());
        JsonNode manifest = json.readTree(dir.resolve("manifest.json").toFile());
        Map<String, String> s3 = ledger.jobLocations(Targets.S3, batch.id());
        List<String> batchTargets = choice.forBatch(batch);
        List<Digest.Line> lines = new ArrayList<>();
        Attachments attachments = new Attachments();
        int omitted = 0;
        for (JsonNode job : manifest.path("jobs")) {
            if (TargetChoice.forRequest(texts(job.path("request").path("targets")), batchTargets)
                    .contains(Targets.EMAIL)) {
                lines.add(line(dir, job, s3.get(job.path("id").asText()), attachments));
            } else {
                omitted++;
            }
        }
        JsonNode counts = manifest.path("counts");
        return new Digest(batch.id(), batch.campaign(), counts.path("lines").asInt(), counts.path("rejected").asInt(),
                lines, omitted, "at most " + size(props.attachMaxBytes()) + " a video (attach-max-bytes), "
                + size(props.attachTotalMaxBytes()) + " in all (attach-total-max-bytes)");
    }

    private Digest.Line line(Path dir, JsonNode job, String s3Location, Attachments attachments)
            throws IOException {
        String id = job.path("id").asText();
        String videoName = text(job.path("files").path("video"));
        Path video = videoName == null ? null : dir.resolve(videoName);
        String link = links.presign(s3Location)
                .orElse(video == null ? null : video.toAbsolutePath().normalize().toString());
        boolean exists = video != null && Files.exists(video);
        String notAttached = exists ? attachments.refusal(Files.size(video)) : null;
        return new Digest.Line(id, job.path("status").asText(), text(job.path("request").path("prompt")),
                text(job.path("provider")), text(job.path("model")), link, image(dir, job, id),
                exists && notAttached == null ? video : null, notAttached,
                text(job.path("failure").path("kind")), text(job.path("failure").path("message")));
    }

    /** What one mail has attached so far, against both limits. */
    private final class Attachments {
        private long total;

        /** Why a video of this size is not attached; null: it is, and counts towards the total. */
        String refusal(long size) {
            if (size > props.attachMaxBytes().toBytes()) {
                return "larger than attach-max-bytes (" + size(props.attachMaxBytes()) + ")";
            }
            if (total + size > props.attachTotalMaxBytes().toBytes()) {
                return "the mail's attachments would pass attach-total-max-bytes ("
                        + size(props.attachTotalMaxBytes()) + ")";
            }
            total += size;
            return null;
        }
    }

    /** The provider's thumbnail, else the report's poster frame, else none. */
    private static Path image(Path dir, JsonNode job, String id) {
        String thumbnail = text(job.path("files").path("thumbnail"));
        if (thumbnail != null && Files.exists(dir.resolve(thumbnail))) {
            return dir.resolve(thumbnail);
        }
        Path poster = dir.resolve(id + ".poster.jpg");
        return Files.exists(poster) ? poster : null;
    }

    /** A limit as the settings write it: 10MB, 512KB, else bytes. */
    static String size(DataSize size) {
        long bytes = size.toBytes();
        return bytes % (1L << 20) == 0 ? (bytes >> 20) + "MB" : bytes % 1024 == 0 ? (bytes >> 10) + "KB" : bytes + "B";
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static String text(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? null : node.asText();
    }
}
