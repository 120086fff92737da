package com.videopipeline.simulator;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;

/** In-memory jobs of one simulated provider. */
final class JobStore {

    private final Map<String, SimJob> jobs = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();

    long nextSequence() {
        return sequence.incrementAndGet();
    }

    void put(SimJob job) {
        jobs.put(job.id(), job);
    }

    Optional<SimJob> find(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    /** Atomically replaces a job, so a concurrent cancel and read never see a half-applied change. */
    Optional<SimJob> update(String id, UnaryOperator<SimJob> change) {
        return Optional.ofNullable(jobs.computeIfPresent(id, (key, job) -> change.apply(job)));
    }

    boolean remove(String id) {
        return jobs.remove(id) != null;
    }

    /** All jobs, oldest first. */
    List<SimJob> inCreationOrder() {
        return jobs.values().stream().sorted(Comparator.comparingLong(SimJob::sequence)).toList();
    }

    /** Jobs of the model that hold a slot: started and not finished. */
    long running(String model, Instant now) {
        return jobs.values().stream()
                .filter(job -> job.model().equals(model))
                .map(job -> job.phase(now))
                .filter(phase -> phase != JobPhase.THROTTLED && !phase.isTerminal())
                .count();
    }

    void clear() {
        jobs.clear();
    }
}
