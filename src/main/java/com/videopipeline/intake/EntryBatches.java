package com.videopipeline.intake;

import com.videopipeline.ingest.BatchNames;
import com.videopipeline.job.Batch;
import com.videopipeline.job.BatchTracker;
import com.videopipeline.request.DropContext;
import com.videopipeline.request.RawLine;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Makes batches from entries that arrive together: a queue message, an API request, a campaign firing. An input
 * seen before (same source key) resumes its batch, where entries already recorded keep their jobs, so a message
 * redelivered after a crash never pays twice.
 */
@Component("entryBatches")
public class EntryBatches {

    private final BatchTracker batches;
    private final Clock clock;

    EntryBatches(BatchTracker batches, Clock clock) {
        this.batches = batches;
        this.clock = clock;
    }

    /** Opens (or finds again) the batch for these entries. */
    public synchronized EntryRun open(EntrySource source, List<RawLine> entries) {
        String sha = source.key() == null ? null : sha256(source.origin() + ":" + source.key());
        Optional<Batch> earlier = sha == null ? Optional.empty() : batches.findBySource(sha);
        String batchId = earlier.map(Batch::id).orElseGet(() -> {
            String id = BatchNames.next(source.label(), clock.instant(), batches::exists);
            batches.open(id, source.label(), sha, source.origin(), source.campaign());
            return id;
        });
        CollectedOutcomes outcomes = new CollectedOutcomes();
        IntakeBatch batch = new IntakeBatch(batchId, source.label(), "entry", DropContext.withoutFolder(sha), outcomes,
                earlier.isPresent(), true);
        return new EntryRun(batch, entries, outcomes, earlier.map(Batch::sealed).orElse(false));
    }

    /** Marks every entry read; returns the batch if that completed it (nothing was accepted), else null. */
    public Batch finish(EntryRun run) {
        if (run.repeated()) {
            return null;
        }
        return batches.seal(run.batchId(), run.batch().accepted(), run.batch().rejected(), null);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
