package com.videopipeline.simulator;

/**
 * The faults of one simulated provider, grouped by where they strike.
 *
 * @param http   answers to single calls: error statuses, delays, withheld and malformed answers
 * @param jobs   the fate of generation jobs and their outputs
 * @param limits account limits: concurrency, request rate, daily quota
 */
public record ProviderFaults(HttpFaults http, JobFaults jobs, FaultLimits limits) {

    public ProviderFaults {
        http = http == null ? HttpFaults.none() : http;
        jobs = jobs == null ? JobFaults.none() : jobs;
        limits = limits == null ? FaultLimits.none() : limits;
    }

    public static ProviderFaults none() {
        return new ProviderFaults(HttpFaults.none(), JobFaults.none(), FaultLimits.none());
    }

    public ProviderFaults withHttp(HttpFaults newHttp) {
        return new ProviderFaults(newHttp, jobs, limits);
    }

    public ProviderFaults withJobs(JobFaults newJobs) {
        return new ProviderFaults(http, newJobs, limits);
    }

    public ProviderFaults withLimits(FaultLimits newLimits) {
        return new ProviderFaults(http, jobs, newLimits);
    }

    /** True if anything differs from no faults. */
    public boolean active() {
        return !equals(none());
    }
}
