package com.videopipeline.ops;

import com.videopipeline.budget.BatchBudgets;
import com.videopipeline.job.BatchStatus;
import com.videopipeline.job.JobState;
import com.videopipeline.job.JobStatusQuery;
import com.videopipeline.job.ProviderCircuits;
import com.videopipeline.provider.ProviderRegistry;
import com.videopipeline.provider.ProvidersProperties;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@link PipelineViewMXBean}: reads the ledger (through cached counts), the circuits, the budgets. Not a Spring bean
 * on purpose: Spring's exporter would register any MXBean bean a second time under a name of its own.
 */
final class PipelineView implements PipelineViewMXBean {

    private final LedgerCounts counts;
    private final ProviderRegistry providers;
    private final ProvidersProperties settings;
    private final ProviderCircuits circuits;
    private final BatchBudgets budgets;
    private final CachedValue<List<BatchStatus>> openBatches;

    PipelineView(LedgerCounts counts, ProviderRegistry providers, ProvidersProperties settings,
                 ProviderCircuits circuits, BatchBudgets budgets, JobStatusQuery status, OpsProperties props,
                 Clock clock) {
        this.counts = counts;
        this.providers = providers;
        this.settings = settings;
        this.circuits = circuits;
        this.budgets = budgets;
        this.openBatches = new CachedValue<>(props.ledgerEvery(), clock, status::openBatches);
    }

    @Override
    public Map<String, Integer> getInFlightByProvider() {
        return perProvider(counts::atProvider);
    }

    @Override
    public Map<String, Integer> getMaxConcurrentByProvider() {
        return perProvider(name -> settings.providers().get(name).maxConcurrentJobs());
    }

    @Override
    public Map<String, String> getCircuitStates() {
        return perProvider(circuits::state);
    }

    @Override
    public int getQueuedJobs() {
        return counts.inState(JobState.QUEUED);
    }

    @Override
    public int getUncertainJobs() {
        return counts.inState(JobState.UNCERTAIN);
    }

    @Override
    public int getHeldJobs() {
        return counts.inState(JobState.HELD);
    }

    @Override
    public Map<String, Integer> getJobsByState() {
        Map<String, Integer> byState = new LinkedHashMap<>();
        counts.byState().forEach((state, n) -> byState.put(state.name(), n));
        return byState;
    }

    @Override
    public List<String> getOpenBatches() {
        return openBatches.get().stream().map(BatchStatus::progressLine).toList();
    }

    @Override
    public Map<String, String> getOpenBatchBudgets() {
        Map<String, String> lines = new LinkedHashMap<>();
        openBatches.get().forEach(batch -> budgets.view(batch.batch().id())
                .ifPresent(view -> lines.put(batch.batch().id(), view.summary())));
        return lines;
    }

    private <T> Map<String, T> perProvider(Function<String, T> value) {
        return providers.names().stream().collect(Collectors.toMap(name -> name, value, (a, b) -> a,
                LinkedHashMap::new));
    }
}
