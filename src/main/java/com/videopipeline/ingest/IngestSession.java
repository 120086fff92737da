package com.videopipeline.ingest;

import com.videopipeline.intake.IntakeBatch;
import com.videopipeline.request.PromptLines;
import java.nio.file.Path;

/** The state of one drop file while it is read: its lines, the batch they go into, and its report. */
public class IngestSession {

    private final Path file;
    private final PromptLines lines;
    private final IntakeBatch batch;
    private final IngestReport report;
    private final Kind kind;

    /**
     * A new file; one a stopped run had half read; one a stopped run had read completely but not yet moved; or a
     * file whose content was ingested already.
     */
    enum Kind { NEW, RESUMED, READ_BEFORE_STOP, DUPLICATE }

    IngestSession(Path file, PromptLines lines, IntakeBatch batch, IngestReport report, Kind kind) {
        this.file = file;
        this.lines = lines;
        this.batch = batch;
        this.report = report;
        this.kind = kind;
    }

    Kind kind() { return kind; }

    Path file() { return file; }
    String fileName() { return file.getFileName().toString(); }
    String batchId() { return batch.batchId(); }
    PromptLines lines() { return lines; }
    IntakeBatch batch() { return batch; }
    IngestReport report() { return report; }
    int accepted() { return batch.accepted(); }
    int rejected() { return batch.rejected(); }
}
