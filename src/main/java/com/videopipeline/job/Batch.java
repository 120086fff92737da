package com.videopipeline.job;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/** The jobs made from one drop file. Complete once sealed (every line read) and every job is terminal. */
public class Batch {

    private final String id;
    private final String sourceFile;
    private final Instant received;
    private boolean sealed;
    private int accepted;
    private int rejected;
    private Path report;
    private Instant completed;
    private final Set<String> settled = new HashSet<>();

    public Batch(String id, String sourceFile, Instant received) {
        this.id = id;
        this.sourceFile = sourceFile;
        this.received = received;
    }

    public String id() { return id; }
    public String sourceFile() { return sourceFile; }
    public Instant received() { return received; }
    public boolean sealed() { return sealed; }
    public int accepted() { return accepted; }
    public int rejected() { return rejected; }
    public Path report() { return report; }
    public Instant completed() { return completed; }

    void seal(int acceptedLines, int rejectedLines, Path reportFile) {
        sealed = true;
        accepted = acceptedLines;
        rejected = rejectedLines;
        report = reportFile;
    }

    void complete(Instant at) {
        completed = at;
    }

    /** Counts a job as terminal once, however often it is reported. */
    void settle(String jobKey) {
        settled.add(jobKey);
    }

    /** Jobs of this batch known to be terminal. */
    public int settledCount() {
        return settled.size();
    }

    boolean isDone() {
        return sealed && completed == null && settled.size() >= accepted;
    }
}
