package com.videopipeline.email;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.videopipeline.delivery.OutboxProperties;
import com.videopipeline.job.Batch;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Reads a completed batch's {@code manifest.json} (the written record, not the live ledger, so the digest says
 * what the batch folder holds) and decides per job its image, its link and whether its video is attached.
 */
@Component
class DigestContent {

    private final OutboxProperties outbox;
    private final EmailProperties props;
    private final DigestLedger ledger;
    private final DigestLinks links;
    private final ObjectMapper json;

    DigestContent(OutboxProperties outbox, EmailProperties props, DigestLedger ledger, DigestLinks links,
                  ObjectMapper json) {
        this.outbox = outbox;
        this.props = props;
        this.ledger = ledger;
        this.links = links;
        this.json = json;
    }

    Digest of(Batch batch) throws IOException {
        Path dir = outbox.dir().resolve(batch.id());
        JsonNode manifest = json.readTree(dir.resolve("manifest.json").toFile());
        Map<String, String> s3 = ledger.s3Videos(batch.id());
        List<Digest.Line> lines = new ArrayList<>();
        for (JsonNode job : manifest.path("jobs")) {
            lines.add(line(dir, job, s3.get(job.path("id").asText())));
        }
        JsonNode counts = manifest.path("counts");
        return new Digest(batch.id(), batch.campaign(), counts.path("lines").asInt(), counts.path("rejected").asInt(),
                counts.path("delivered").asLong(), counts.path("failed").asLong(), lines);
    }

    private Digest.Line line(Path dir, JsonNode job, String s3Location) throws IOException {
        String id = job.path("id").asText();
        String videoName = text(job.path("files").path("video"));
        Path video = videoName == null ? null : dir.resolve(videoName);
        String link = links.presign(s3Location)
                .orElse(video == null ? null : video.toAbsolutePath().normalize().toString());
        Path attachment = video != null && Files.exists(video)
                && Files.size(video) <= props.attachMaxBytes().toBytes() ? video : null;
        return new Digest.Line(id, job.path("status").asText(), text(job.path("request").path("prompt")),
                text(job.path("provider")), text(job.path("model")), link, image(dir, job, id), attachment,
                text(job.path("failure").path("kind")), text(job.path("failure").path("message")));
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

    private static String text(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? null : node.asText();
    }
}
