package com.videopipeline.targets;

import java.time.Instant;

/**
 * One item's delivery to one target, as the ledger records it: a job's video and sidecar ({@code JOB}, item = the
 * job id) or a batch's files or digest ({@code BATCH}, item empty).
 */
public record TargetRecord(String target, String batchId, String kind, String item, String state, int attempts,
                           String lastError, String location, Instant dueAt) {

    public static final String JOB = "JOB";
    public static final String BATCH = "BATCH";

    public boolean isJob() {
        return JOB.equals(kind);
    }

    @Override
    public String toString() {
        return target + " delivery of " + batchId + (isJob() ? "/" + item : " batch files");
    }
}
