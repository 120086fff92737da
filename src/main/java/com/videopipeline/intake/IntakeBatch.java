package com.videopipeline.intake;

import com.videopipeline.request.DropContext;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A batch while a source fills it: which batch, where its entries come from, what mapping must remember across
 * them, where their outcomes go, and how many were accepted and rejected.
 *
 * @see Submission
 */
public final class IntakeBatch {

    private final String batchId;
    private final String source;
    private final String unit;
    private final DropContext context;
    private final EntryOutcomes outcomes;
    private final boolean resumed;
    private final boolean useCache;
    private final AtomicInteger accepted = new AtomicInteger();
    private final AtomicInteger rejected = new AtomicInteger();

    /**
     * @param source   where the entries come from, for messages and the job's origin: a file name, "queue
     *                 message …", "API request"
     * @param unit     what one entry is called there: "line" in a file, "entry" in a message
     * @param resumed  a batch a stopped run had begun: entries already recorded keep their jobs
     * @param useCache whether this source may be served from the result cache (a request can still opt out)
     */
    public IntakeBatch(String batchId, String source, String unit, DropContext context, EntryOutcomes outcomes, boolean resumed,
                       boolean useCache) {
        this.batchId = batchId;
        this.source = source;
        this.unit = unit;
        this.context = context;
        this.outcomes = outcomes;
        this.resumed = resumed;
        this.useCache = useCache;
    }

    public String batchId() { return batchId; }
    public String source() { return source; }
    public DropContext context() { return context; }
    /** "orders.csv line 3": how messages name one entry. */
    public String describe(int entry) { return source + " " + unit + " " + entry; }
    public boolean resumed() { return resumed; }
    public boolean useCache() { return useCache; }
    public int accepted() { return accepted.get(); }
    public int rejected() { return rejected.get(); }

    EntryOutcomes outcomes() { return outcomes; }

    void countAccepted() {
        accepted.incrementAndGet();
    }

    void countRejected() {
        rejected.incrementAndGet();
    }
}
