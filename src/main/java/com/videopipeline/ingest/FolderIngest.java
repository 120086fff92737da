package com.videopipeline.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.videopipeline.intake.IntakeBatch;
import com.videopipeline.intake.Submission;
import com.videopipeline.job.Batch;
import com.videopipeline.job.BatchTracker;
import com.videopipeline.request.DropContext;
import com.videopipeline.request.PromptFiles;
import com.videopipeline.request.PromptLines;
import com.videopipeline.request.RawLine;
import java.io.File;
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
    private final ObjectMapper json;
    private final Clock clock;

    FolderIngest(IngestProperties props, BatchTracker batches, ObjectMapper json, Clock clock) {
        this.props = props;
        this.batches = batches;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Starts reading a drop file. Its content hash decides what it is: new (a new batch), already ingested (a
     * duplicate: reported, nothing submitted), or read before by a run that stopped half-way (resumed into the
     * same batch, where lines already recorded are not recorded again).
     */
    public IngestSession open(File dropFile) {
        Path file = dropFile.toPath();
        Instant now = clock.instant();
        String sha = Fingerprint.sha256(file);
        Batch earlier = batches.findBySource(sha).orElse(null);
        if (earlier != null && earlier.sealed() && DoneFolder.interruptedMove(file, earlier).isPresent()) {
            LOG.info("{} was read completely before the last stop (batch {}); only its move was left to do",
                    file.getFileName(), earlier.id());
            return session(file, earlier.id(), PromptLines.empty(), sha, null, IngestSession.Kind.READ_BEFORE_STOP);
        }
        if (earlier != null && earlier.sealed()) {
            LOG.warn("{} has the same content as {} (batch {}); not ingested again", file.getFileName(),
                    earlier.sourceFile(), earlier.id());
            return session(file, earlier.id(), PromptLines.empty(), sha,
                    report(file, earlier.id() + "-duplicate-" + now.toEpochMilli(), earlier.id(), now),
                    IngestSession.Kind.DUPLICATE);
        }
        String batchId = earlier != null ? earlier.id() : openBatch(file.getFileName().toString(), now, sha);
        LOG.info("{} {} as batch {}", earlier != null ? "resuming" : "reading", file.getFileName(), batchId);
        return session(file, batchId, PromptFiles.open(file), sha, report(file, batchId, batchId, now),
                earlier != null ? IngestSession.Kind.RESUMED : IngestSession.Kind.NEW);
    }

    private IngestSession session(Path file, String batchId, PromptLines lines, String sha, IngestReport report,
                                  IngestSession.Kind kind) {
        IntakeBatch batch = new IntakeBatch(batchId, file.getFileName().toString(), "line",
                DropContext.forFile(file, sha), report, kind == IngestSession.Kind.RESUMED, props.useCache());
        return new IngestSession(file, lines, batch, report, kind);
    }

    private IngestReport report(Path file, String reportName, String batchId, Instant now) {
        return new IngestReport(json, props.reportDir().resolve(reportName + ".report.json"),
                file.getFileName().toString(), batchId, now);
    }

    /** The file's entries, each on its way to the accept route that every source shares. */
    public Iterator<Submission> lines(IngestSession session) {
        Iterator<RawLine> raw = session.lines();
        return new Iterator<>() {
            public boolean hasNext() { return raw.hasNext(); }
            public Submission next() { return new Submission(session.batch(), raw.next()); }
        };
    }

    /** Finishes the report, seals the batch and returns where the consumer moves the file, relative to the inbox. */
    public String finish(IngestSession session) {
        session.lines().close();
        if (session.kind() == IngestSession.Kind.DUPLICATE) {
            return finishDuplicate(session);
        }
        if (session.kind() == IngestSession.Kind.READ_BEFORE_STOP) {
            return DoneFolder.interruptedMove(session.file(), batches.find(session.batchId()).orElseThrow())
                    .orElseThrow();
        }
        boolean anyAccepted = session.accepted() > 0;
        Path dir = props.inbox().resolve(anyAccepted ? ".done" : ".error");
        String target = DoneFolder.freeName(dir, session.fileName(), session.batchId());
        Path report = dir.resolve(target + ".report.json");
        session.report().finish(session.accepted(), session.rejected(), anyAccepted ? "done" : "error", report);
        batches.seal(session.batchId(), session.accepted(), session.rejected(), report);
        LOG.info("{}: {} lines accepted, {} rejected; report {}", session.fileName(), session.accepted(),
                session.rejected(), report);
        return dir.getFileName() + "/" + target;
    }

    private String finishDuplicate(IngestSession session) {
        Path dir = props.inbox().resolve(".done");
        String target = DoneFolder.freeName(dir, session.fileName(), session.batchId());
        session.report().finish(0, 0, "duplicate: the same content was ingested before as batch "
                + session.batchId() + "; nothing was submitted again", dir.resolve(target + ".report.json"));
        return dir.getFileName() + "/" + target;
    }

    /** The batch, if sealing it completed it (every job already terminal), else null. */
    public Batch completedBatch(IngestSession session) {
        if (session.kind() == IngestSession.Kind.DUPLICATE) {
            return null;
        }
        return batches.find(session.batchId()).filter(b -> b.completed() != null && b.manifest() == null)
                .orElse(null);
    }

    /** Only one file at a time picks a name, so two files arriving in the same second never share a batch. */
    private synchronized String openBatch(String fileName, Instant now, String sha) {
        String batchId = BatchNames.next(fileName, now, batches::exists);
        batches.open(batchId, fileName, sha);
        return batchId;
    }

}
