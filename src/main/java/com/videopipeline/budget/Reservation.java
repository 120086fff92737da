package com.videopipeline.budget;

/**
 * What one job holds of its budget ({@code reserved}: the generation under way or about to be submitted) and has
 * cost it so far ({@code spent}). {@code discardedSeen}: how many of the job's discarded videos (paid, failed
 * verification) are already counted as spent.
 */
record Reservation(String batchId, String jobId, String budgetId, String state, Amount reserved, Amount spent,
                   int discardedSeen) {

    static final String RESERVED = "RESERVED";
    /** Its generation was paid and discarded; the job goes on and reserves again before its next submit. */
    static final String SPENT = "SPENT";
    static final String SETTLED = "SETTLED";
    static final String RELEASED = "RELEASED";

    /** True while it holds money for a generation: only then is there anything to settle. */
    boolean active() {
        return RESERVED.equals(state);
    }
}
