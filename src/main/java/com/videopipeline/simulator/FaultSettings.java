package com.videopipeline.simulator;

/**
 * Fault injection of the simulator ({@code simulator.faults.*}), so a client's resilience can be tested against the
 * failures real providers produce. Everything is off by default; the settings can be replaced at run time through
 * {@code PUT /simulator/faults} or {@link ProviderSimulator#faults(FaultSettings)}.
 *
 * @param seed   seed of the random fault decisions, so a run can be replayed; null means a random one
 * @param openai faults of the OpenAI Videos API
 * @param runway faults of the Runway API
 */
public record FaultSettings(Long seed, ProviderFaults openai, ProviderFaults runway) {

    public FaultSettings {
        openai = openai == null ? ProviderFaults.none() : openai;
        runway = runway == null ? ProviderFaults.none() : runway;
    }

    /** No faults at all: the simulator behaves as it did before fault injection existed. */
    public static FaultSettings none() {
        return new FaultSettings(null, ProviderFaults.none(), ProviderFaults.none());
    }

    public FaultSettings withSeed(Long newSeed) {
        return new FaultSettings(newSeed, openai, runway);
    }

    public FaultSettings withOpenai(ProviderFaults newOpenai) {
        return new FaultSettings(seed, newOpenai, runway);
    }

    public FaultSettings withRunway(ProviderFaults newRunway) {
        return new FaultSettings(seed, openai, newRunway);
    }

    /** True if any fault or limit is switched on for either provider. */
    public boolean active() {
        return openai.active() || runway.active();
    }
}
