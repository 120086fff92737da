package com.videopipeline.ingest;

import com.videopipeline.request.DropContext;
import com.videopipeline.request.PromptLines;
import java.nio.file.Path;

/** The state of one drop file while it is read: its batch, its lines, its report and its counts. */
public class IngestSession {

    private final Path file;
    private final String batchId;
    private final PromptLines lines;
    private final DropContext context;
    private final IngestReport report;
    private final Kind kind;
    private int accepted;
    private int rejected;

    /**
     * A new file; one a stopped run had half read; one a stopped run had read completely but not yet moved; or a
     * file whose content was ingested already.
     */
    enum Kind { NEW, RESUMED, READ_BEFORE_STOP, DUPLICATE }

    IngestSession(Path file, String batchId, PromptLines lines, DropContext context, IngestReport report, Kind kind) {
        this.file = file;
        this.batchId = batchId;
        this.lines = lines;
        this.context = context;
        this.report = report;
        this.kind = kind;
    }

    Kind kind() { return kind; }

    Path file() { return file; }
    String fileName() { return file.getFileName().toString(); }
    String batchId() { return batchId; }
    PromptLines lines() { return lines; }
    DropContext context() { return context; }
    IngestReport report() { return report; }
    int accepted() { return accepted; }
    int rejected() { return rejected; }

    void countAccepted() {
        accepted++;
    }

    void countRejected() {
        rejected++;
    }
}
