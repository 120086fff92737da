package com.videopipeline.simulator;

import com.videopipeline.simulator.SimulatorStats.ProviderStats;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** Thread-safe counters of one simulated provider; handlers run on a pool, so plain longs would race. */
final class StatsCounter {

    private final AtomicLong jobsCreated = new AtomicLong();
    private final AtomicLong statusPolls = new AtomicLong();
    private final AtomicLong downloads = new AtomicLong();
    private final AtomicLong rejected = new AtomicLong();
    private final AtomicLong throttled = new AtomicLong();
    private final AtomicLong chatCompletions = new AtomicLong();
    private final AtomicLong moderations = new AtomicLong();
    private final AtomicLong moderationImages = new AtomicLong();
    private final AtomicLong moderationsFlagged = new AtomicLong();
    /** Filled once and never restructured, so concurrent reads of the map itself are safe. */
    private final Map<FaultKind, AtomicLong> injected = new EnumMap<>(FaultKind.class);

    StatsCounter() {
        for (FaultKind kind : FaultKind.values()) {
            injected.put(kind, new AtomicLong());
        }
    }

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

    void throttled() {
        throttled.incrementAndGet();
    }

    void chatCompletionCalled() {
        chatCompletions.incrementAndGet();
    }

    void moderated() {
        moderations.incrementAndGet();
    }

    void moderatedImage() {
        moderationImages.incrementAndGet();
    }

    void moderationFlagged() {
        moderationsFlagged.incrementAndGet();
    }

    void injected(FaultKind kind) {
        injected.get(kind).incrementAndGet();
    }

    ProviderStats snapshot() {
        Map<String, Long> struck = new LinkedHashMap<>();
        injected.forEach((kind, count) -> {
            if (count.get() > 0) {
                struck.put(kind.key(), count.get());
            }
        });
        return new ProviderStats(jobsCreated.get(), statusPolls.get(), downloads.get(), rejected.get(),
                throttled.get(), struck, chatCompletions.get(), moderations.get(), moderationImages.get(),
                moderationsFlagged.get());
    }

    void reset() {
        jobsCreated.set(0);
        statusPolls.set(0);
        downloads.set(0);
        rejected.set(0);
        throttled.set(0);
        chatCompletions.set(0);
        moderations.set(0);
        moderationImages.set(0);
        moderationsFlagged.set(0);
        injected.values().forEach(count -> count.set(0));
    }
}
