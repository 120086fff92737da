package com.videopipeline.job;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Supplier;

/**
 * The provider slots still free while one claim runs, per provider and per model. The counts are read lazily, on
 * the first question, so they are read inside the claim's transaction and no other claim can slip in between.
 */
final class SlotBudget {

    private final ProviderLimits limits;
    private final Supplier<Map<String, Integer>> inFlight;
    private Map<String, Integer> byModel;
    private final Map<String, Integer> byProvider = new HashMap<>();

    /** @param inFlight jobs holding or about to take a slot, keyed {@code provider/model} */
    SlotBudget(ProviderLimits limits, Supplier<Map<String, Integer>> inFlight) {
        this.limits = limits;
        this.inFlight = inFlight;
    }

    /** Whether one more job of this provider and model fits under both limits. */
    boolean fits(VideoJob job) {
        load();
        if (byProvider.getOrDefault(job.provider(), 0) >= limits.maxConcurrentJobs(job.provider())) {
            return false;
        }
        OptionalInt modelLimit = limits.maxConcurrentJobs(job.provider(), job.model());
        return modelLimit.isEmpty() || byModel.getOrDefault(key(job), 0) < modelLimit.getAsInt();
    }

    /** Counts a job this claim admitted. */
    void take(VideoJob job) {
        load();
        byModel.merge(key(job), 1, Integer::sum);
        byProvider.merge(job.provider(), 1, Integer::sum);
    }

    private void load() {
        if (byModel != null) {
            return;
        }
        byModel = new HashMap<>(inFlight.get());
        byModel.forEach((key, n) -> byProvider.merge(key.substring(0, key.indexOf('/')), n, Integer::sum));
    }

    static String key(VideoJob job) {
        return job.provider() + "/" + job.model();
    }
}
