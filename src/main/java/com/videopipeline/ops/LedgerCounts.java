package com.videopipeline.ops;

import com.videopipeline.job.JobState;
import com.videopipeline.job.JobStatusQuery;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * The ledger's jobs by provider and state, read by one grouped count at most every pipeline.ops.ledger-every, for
 * the pipeline_jobs gauges and the JMX view.
 */
@Component
class LedgerCounts {

    private final CachedValue<Map<String, Map<JobState, Integer>>> counts;

    LedgerCounts(JobStatusQuery status, OpsProperties props, Clock clock) {
        this.counts = new CachedValue<>(props.ledgerEvery(), clock, status::countsByProvider);
    }

    /** Jobs in {@code state}, all providers. */
    int inState(JobState state) {
        return counts.get().values().stream().mapToInt(byState -> byState.getOrDefault(state, 0)).sum();
    }

    /** Jobs per state, all providers; states without jobs are left out. */
    Map<JobState, Integer> byState() {
        Map<JobState, Integer> total = new EnumMap<>(JobState.class);
        counts.get().values().forEach(byState -> byState.forEach((state, n) -> total.merge(state, n, Integer::sum)));
        return total;
    }

    /** Jobs holding a slot at {@code provider} (submitting, submitted, running): what its concurrency limit counts. */
    int atProvider(String provider) {
        return counts.get().getOrDefault(provider, Map.of()).entrySet().stream()
                .filter(e -> e.getKey().isAtProvider()).mapToInt(Map.Entry::getValue).sum();
    }

    /** {@link #atProvider} for every provider the ledger has jobs of. */
    Map<String, Integer> atProviders() {
        Map<String, Integer> at = new TreeMap<>();
        counts.get().keySet().forEach(provider -> at.put(provider, atProvider(provider)));
        return at;
    }
}
