package com.videopipeline.simulator;

import com.videopipeline.simulator.SimulatorStats.ProviderStats;
import java.util.concurrent.atomic.AtomicLong;

/** Thread-safe counters of one simulated provider; handlers run on a pool, so plain longs would race. */
final class StatsCounter {

    private final AtomicLong jobsCreated = new AtomicLong();
    private final AtomicLong statusPolls = new AtomicLong();
    private final AtomicLong downloads = new AtomicLong();
    private final AtomicLong rejected = new AtomicLong();

    void jobCreated() {
        jobsCreated.incrementAndGet();
    }

    void statusPolled() {
        statusPolls.incrementAndGet();
    }

    void downloaded() {
        downloads.incrementAndGet();
    }

    void rejected() {
        rejected.incrementAndGet();
    }

    ProviderStats snapshot() {
        return new ProviderStats(jobsCreated.get(), statusPolls.get(), downloads.get(), rejected.get());
    }

    void reset() {
        jobsCreated.set(0);
        statusPolls.set(0);
        downloads.set(0);
        rejected.set(0);
    }
}
