package com.videopipeline.ingest;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.videopipeline.intake.EntryOutcomes;
import com.videopipeline.job.VideoJob;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;

/**
 * {@code <name>.report.json}: one entry per line of a drop file (accepted as job X, or rejected and why), written
 * as the lines are read so a 100,000-line file never has its report in memory either.
 */
class IngestReport implements EntryOutcomes, AutoCloseable {

    private final Path tmp;
    private final JsonGenerator out;

    IngestReport(ObjectMapper json, Path tmp, String file, String batch, Instant received) {
        this.tmp = tmp;
        try {
            Files.createDirectories(tmp.getParent());
            out = json.getFactory().createGenerator(Files.newOutputStream(tmp));
            out.useDefaultPrettyPrinter();
            out.writeStartObject();
            out.writeStringField("file", file);
            out.writeStringField("batch", batch);
            out.writeStringField("received", received.toString());
            out.writeArrayFieldStart("lines");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write report " + tmp, e);
        }
    }

    @Override
    public void accepted(int line, VideoJob job) {
        entry(line, "accepted", gen -> {
            gen.writeStringField("job", job.id());
            gen.writeStringField("provider", job.provider());
            gen.writeStringField("model", job.model());
        });
    }

    @Override
    public void rejected(int line, String reason) {
        entry(line, "rejected", gen -> gen.writeStringField("reason", reason));
    }

    /** Ends the report with its summary and moves it to {@code target}. */
    void finish(int accepted, int rejected, String outcome, Path target) {
        try {
            out.writeEndArray();
            out.writeObjectFieldStart("summary");
            out.writeNumberField("accepted", accepted);
            out.writeNumberField("rejected", rejected);
            out.writeStringField("outcome", outcome);
            out.writeEndObject();
            out.writeEndObject();
            out.close();
            Files.createDirectories(target.getParent());
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot finish report " + target, e);
        }
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    private interface Fields {
        void write(JsonGenerator gen) throws IOException;
    }

    private void entry(int line, String status, Fields fields) {
        try {
            out.writeStartObject();
            out.writeNumberField("line", line);
            out.writeStringField("status", status);
            fields.write(out);
            out.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write report " + tmp, e);
        }
    }
}
