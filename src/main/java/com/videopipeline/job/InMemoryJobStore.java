package com.videopipeline.job;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;

/**
 * The job store kept in memory: correct under concurrent stages, lost on restart. The durable ledger replaces it;
 * everything else only sees {@link JobStore}.
 */
@Component("jobStore")
class InMemoryJobStore implements JobStore {

    private final Map<String, VideoJob> jobs = new LinkedHashMap<>();
    private final Map<String, List<VideoJob>> batches = new LinkedHashMap<>();
    private final Set<String> leased = new HashSet<>();

    @Override
    public synchronized void add(VideoJob job) {
        if (jobs.putIfAbsent(job.key(), job) != null) {
            throw new IllegalArgumentException("job " + job.key() + " exists already");
        }
        batches.computeIfAbsent(job.batchId(), b -> new ArrayList<>()).add(job);
    }

    @Override
    public synchronized List<VideoJob> claim(Set<JobState> states, Instant now, int limit,
                                             Predicate<VideoJob> admit) {
        List<VideoJob> claimed = new ArrayList<>();
        for (VideoJob job : jobs.values()) {
            if (claimed.size() >= limit) {
                break;
            }
            if (states.contains(job.state()) && !job.dueAt().isAfter(now)
                    && !leased.contains(job.key()) && admit.test(job)) {
                leased.add(job.key());
                claimed.add(job);
            }
        }
        return claimed;
    }

    @Override
    public synchronized void release(VideoJob job) {
        leased.remove(job.key());
    }

    @Override
    public synchronized Optional<VideoJob> find(String key) {
        return Optional.ofNullable(jobs.get(key));
    }

    @Override
    public synchronized List<VideoJob> batch(String batchId) {
        return List.copyOf(batches.getOrDefault(batchId, List.of()));
    }

    @Override
    public synchronized int countAtProvider(String provider) {
        return (int) jobs.values().stream()
                .filter(j -> j.provider().equals(provider) && j.state().isAtProvider()).count();
    }

    @Override
    public synchronized int countActive() {
        return (int) jobs.values().stream().filter(j -> !j.state().isTerminal()).count();
    }
}
