package com.videopipeline.s3;

import java.time.Instant;

/**
 * One item's delivery to one target, as the ledger records it: a job's video and sidecar ({@code JOB}, item = the
 * job id) or a batch's manifest and reports ({@code BATCH}, item empty).
 */
record TargetRecord(String target, String batchId, String kind, String item, String state, int attempts,
                    String lastError, String location, Instant dueAt) {

    static final String JOB = "JOB";
    static final String BATCH = "BATCH";

    boolean isJob() {
        return JOB.equals(kind);
    }

    @Override
    public String toString() {
        return target + " delivery of " + batchId + (isJob() ? "/" + item : " batch files");
    }
}
