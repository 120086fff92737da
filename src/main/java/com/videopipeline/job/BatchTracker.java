package com.videopipeline.job;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Knows which batches exist and decides, exactly once per batch, that a batch is complete: the moment its manifest
 * may be written. Both the last job settling and the file finishing can be that moment, whichever comes later.
 */
@Component("batchTracker")
public class BatchTracker {

    private final Map<String, Batch> batches = new ConcurrentHashMap<>();
    private final Clock clock;

    public BatchTracker(Clock clock) {
        this.clock = clock;
    }

    /** Registers a batch; the id must be new. */
    public Batch open(String id, String sourceFile) {
        Batch batch = new Batch(id, sourceFile, clock.instant());
        if (batches.putIfAbsent(id, batch) != null) {
            throw new IllegalArgumentException("batch " + id + " exists already");
        }
        return batch;
    }

    public boolean exists(String id) {
        return batches.containsKey(id);
    }

    public Optional<Batch> find(String id) {
        return Optional.ofNullable(batches.get(id));
    }

    /** Marks every line of the batch read; returns the batch if that completed it, else null. */
    public Batch seal(String id, int accepted, int rejected, Path report) {
        Batch batch = batches.get(id);
        synchronized (batch) {
            batch.seal(accepted, rejected, report);
        }
        return completeIfDone(batch);
    }

    /** Called whenever a job may have reached a terminal state; returns its batch if that completed it, else null. */
    public Batch jobSettled(VideoJob job) {
        if (!job.state().isTerminal()) {
            return null;
        }
        Batch batch = batches.get(job.batchId());
        synchronized (batch) {
            batch.settle(job.key());
        }
        return completeIfDone(batch);
    }

    /** True when every known batch is complete (or has no jobs at all). */
    public boolean allComplete() {
        return batches.values().stream().allMatch(b -> b.completed() != null);
    }

    private Batch completeIfDone(Batch batch) {
        synchronized (batch) {
            if (!batch.isDone()) {
                return null;
            }
            batch.complete(clock.instant());
            return batch;
        }
    }
}
