package com.videopipeline.simulator;

/**
 * Account limits as the providers enforce them (providers.md §1.7, §2.7); 0 means no limit.
 *
 * @param maxConcurrentPerModel unfinished jobs per model: over it OpenAI answers 429 on create, Runway accepts the
 *                              task but keeps it THROTTLED until a slot frees
 * @param requestsPerMinute     API requests per sliding minute (Runway's signed output downloads do not count);
 *                              over it: 429 with Retry-After
 * @param dailyQuota            creates per rolling 24 hours, per model for Runway (its tiers are per model) and
 *                              across models for OpenAI (its quota is the account's); over it: a quota 429
 */
public record FaultLimits(int maxConcurrentPerModel, int requestsPerMinute, int dailyQuota) {

    public FaultLimits {
        FaultRules.requireNotNegative("max-concurrent-per-model", maxConcurrentPerModel);
        FaultRules.requireNotNegative("requests-per-minute", requestsPerMinute);
        FaultRules.requireNotNegative("daily-quota", dailyQuota);
    }

    public static FaultLimits none() {
        return new FaultLimits(0, 0, 0);
    }
}
