package com.videopipeline.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.videopipeline.job.Batch;
import com.videopipeline.job.BatchTracker;
import com.videopipeline.request.DropContext;
import com.videopipeline.request.PromptFiles;
import com.videopipeline.request.RawLine;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Iterator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Turns one drop file into a batch of queued jobs: opens it as a stream of lines, accepts or rejects each line
 * (parse, validate, route), and at the end writes the report and says where the file goes (.done or .error).
 */
@Component("folderIngest")
class FolderIngest {

    private static final Logger LOG = LoggerFactory.getLogger(FolderIngest.class);

    private final IngestProperties props;
    private final BatchTracker batches;
    private final LineAcceptor acceptor;
    private final ObjectMapper json;
    private final Clock clock;

    FolderIngest(IngestProperties props, BatchTracker batches, LineAcceptor acceptor,
                 ObjectMapper json, Clock clock) {
        this.props = props;
        this.batches = batches;
        this.acceptor = acceptor;
        this.json = json;
        this.clock = clock;
    }

    public IngestSession open(File dropFile) {
        Path file = dropFile.toPath();
        Instant now = clock.instant();
        String batchId = openBatch(file.getFileName().toString(), now);
        IngestReport report = new IngestReport(json, props.reportDir().resolve(batchId + ".report.json"),
                file.getFileName().toString(), batchId, now);
        LOG.info("reading {} as batch {}", file.getFileName(), batchId);
        return new IngestSession(file, batchId, PromptFiles.open(file), DropContext.forFile(file), report);
    }

    public Iterator<LineWork> lines(IngestSession session) {
        Iterator<RawLine> raw = session.lines();
        return new Iterator<>() {
            public boolean hasNext() { return raw.hasNext(); }
            public LineWork next() { return new LineWork(session, raw.next()); }
        };
    }

    /** A bug in our own code for one line is reported against that line; it must not lose the rest. */
    public void accept(LineWork work) {
        try {
            acceptor.accept(work.session(), work.raw());
        } catch (RuntimeException e) {
            LOG.error("{} line {}: internal error", work.session().fileName(), work.raw().line(), e);
            acceptor.reject(work.session(), work.raw().line(), "internal error: " + e);
        }
    }

    /** Finishes the report, seals the batch and returns where the consumer moves the file, relative to the inbox. */
    public String finish(IngestSession session) {
        session.lines().close();
        boolean anyAccepted = session.accepted() > 0;
        Path dir = props.inbox().resolve(anyAccepted ? ".done" : ".error");
        String target = freeName(dir, session.fileName());
        Path report = dir.resolve(target + ".report.json");
        session.report().finish(session.accepted(), session.rejected(), anyAccepted ? "done" : "error", report);
        batches.seal(session.batchId(), session.accepted(), session.rejected(), report);
        LOG.info("{}: {} lines accepted, {} rejected; report {}", session.fileName(), session.accepted(),
                session.rejected(), report);
        return dir.getFileName() + "/" + target;
    }

    /** The batch, if sealing it completed it (every job already terminal), else null. */
    public Batch completedBatch(IngestSession session) {
        return batches.find(session.batchId()).filter(b -> b.completed() != null).orElse(null);
    }

    /** Only one file at a time picks a name, so two files arriving in the same second never share a batch. */
    private synchronized String openBatch(String fileName, Instant now) {
        String batchId = BatchNames.next(fileName, now, batches::exists);
        batches.open(batchId, fileName);
        return batchId;
    }

    /** Keeps earlier files of the same name and their reports: a re-dropped file gets a numbered name. */
    private static String freeName(Path dir, String name) {
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot) : "";
        String candidate = name;
        for (int n = 2; Files.exists(dir.resolve(candidate)) || Files.exists(dir.resolve(candidate + ".report.json")); n++) {
            candidate = stem + "-" + n + ext;
        }
        return candidate;
    }
}
