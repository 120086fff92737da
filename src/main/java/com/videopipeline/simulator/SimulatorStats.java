package com.videopipeline.simulator;

/** Snapshot of what clients did to the simulator, so tests can assert call counts (e.g. no extra polls). */
public record SimulatorStats(ProviderStats openai, ProviderStats runway) {

    /**
     * Counters of one simulated provider.
     *
     * @param downloads successful video downloads (thumbnails and spritesheets are not counted)
     * @param rejected  requests answered with a 4xx error
     */
    public record ProviderStats(long jobsCreated, long statusPolls, long downloads, long rejected) {
    }
}
