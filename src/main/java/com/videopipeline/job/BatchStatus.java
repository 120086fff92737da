package com.videopipeline.job;

import java.math.BigDecimal;
import java.util.Map;

/** Where a batch stands: its jobs counted by state, what they are estimated to cost and have cost so far. */
public record BatchStatus(Batch batch, Map<JobState, Integer> counts, BigDecimal estimatedCostUsd,
                          BigDecimal actualCostUsd) {

    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int delivered() {
        return counts.getOrDefault(JobState.DELIVERED, 0);
    }

    /** Ended without a video: failed, rejected, cancelled, expired, held as uncertain or over budget. */
    public int failed() {
        return counts.entrySet().stream().filter(e -> e.getKey().isTerminal() && e.getKey() != JobState.DELIVERED)
                .mapToInt(Map.Entry::getValue).sum();
    }

    public int inFlight() {
        return total() - delivered() - failed();
    }

    /** The line an operator reads in the log: {@code batch X: 37/100 delivered, 2 failed, 61 in flight}. */
    public String progressLine() {
        String line = "batch " + batch.id() + ": " + delivered() + "/" + total() + " delivered, " + failed()
                + " failed, " + inFlight() + " in flight";
        int uncertain = counts.getOrDefault(JobState.UNCERTAIN, 0);
        int held = counts.getOrDefault(JobState.HELD, 0);
        line = held == 0 ? line : line + " (" + held + " held over budget)";
        return uncertain == 0 ? line : line + " (" + uncertain + " uncertain, waiting for an operator)";
    }
}
