package com.videopipeline.simulator;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Applies one provider's fault settings to its API calls, answering in that provider's own shapes. The settings
 * can be swapped at run time; each swap restarts the random sequence from the seed, so a run can be replayed.
 */
final class FaultInjector {

    private final FaultAnswers answers;
    private final StatsCounter stats;
    private final RequestLimits limits;
    private final HeldRequests held;
    private final Set<ApiCall> rateCounted;
    private final FaultDice dice = new FaultDice(0);
    private volatile ProviderFaults settings = ProviderFaults.none();

    /** {@code rateCounted}: the calls that count towards the request-per-minute limit. */
    FaultInjector(FaultAnswers answers, StatsCounter stats, RequestLimits limits, HeldRequests held,
                  Set<ApiCall> rateCounted) {
        this.answers = answers;
        this.stats = stats;
        this.limits = limits;
        this.held = held;
        this.rateCounted = Set.copyOf(rateCounted);
    }

    synchronized void configure(ProviderFaults faults, long seed) {
        dice.reseed(seed);
        settings = faults;
    }

    ProviderFaults settings() {
        return settings;
    }

    /** Forgets the requests and creates counted so far, as after a quiet day. */
    void clearLimits() {
        limits.clear();
    }

    /**
     * Runs before a call is served: throws the injected error answer (an {@link ApiException}) if one strikes,
     * delays a slow call, and returns what is decided for its answer.
     */
    CallPlan beforeCall(ApiCall call) throws IOException {
        ProviderFaults faults = settings;
        if (rateCounted.contains(call)) {
            checkRate(faults.limits().requestsPerMinute());
        }
        if (call == ApiCall.OTHER) {
            return CallPlan.NONE;
        }
        // faults aimed at other calls leave this one alone (and draw nothing, so their sequence is kept)
        HttpFaults http = faults.http().strikes(call) ? faults.http() : HttpFaults.none();
        throwErrorAnswer(http);
        if (dice.roll(http.slow())) {
            stats.injected(FaultKind.SLOW);
            held.hold(http.slowDelay());
        }
        Duration timeout = dice.roll(http.timeout()) ? http.timeoutDelay() : null;
        boolean malformed = call != ApiCall.DOWNLOAD && dice.roll(http.malformedJson());
        boolean truncate = call == ApiCall.DOWNLOAD && dice.roll(faults.jobs().truncatedDownload());
        return new CallPlan(timeout, malformed, truncate, held, stats);
    }

    /**
     * Admits a create against the daily quota and the concurrency limit, then stores the job; atomic, so
     * concurrent creates cannot slip past a limit together.
     *
     * @param runningOfModel counts the model's unfinished jobs
     * @param store          makes and stores the job, only once admitted
     */
    synchronized <T> T admitCreate(String model, LongSupplier runningOfModel, Supplier<T> store) {
        FaultLimits limit = settings.limits();
        String quotaKey = answers.quotaPerModel() ? model : "";
        if (!limits.quotaLeft(quotaKey, limit.dailyQuota())) {
            stats.injected(FaultKind.DAILY_QUOTA);
            throw answers.quotaExhausted(model, limit.dailyQuota());
        }
        int slots = limit.maxConcurrentPerModel();
        if (slots > 0 && runningOfModel.getAsLong() >= slots) {
            answers.overConcurrency(model, slots, settings.http().retryAfter()).ifPresent(refusal -> {
                stats.injected(FaultKind.CONCURRENCY_LIMIT);
                throw refusal;
            });
        }
        T created = store.get();
        limits.recordCreate(quotaKey, limit.dailyQuota());
        return created;
    }

    /** Decides the fate of a new job. */
    JobFaultPlan planJob() {
        JobFaults jobs = settings.jobs();
        String failCode = pickFailure(jobs.failed());
        boolean neverFinish = count(dice.roll(jobs.neverFinish()), FaultKind.NEVER_FINISH);
        boolean corrupt = count(dice.roll(jobs.corruptDownload()), FaultKind.CORRUPT_DOWNLOAD);
        boolean early = count(dice.roll(jobs.earlyExpiry()), FaultKind.EARLY_EXPIRY);
        if (failCode == null && !neverFinish && !corrupt && !early) {
            return JobFaultPlan.NONE;
        }
        return new JobFaultPlan(failCode, neverFinish, corrupt, early ? jobs.earlyExpiryTtl() : null);
    }

    private void checkRate(int perMinute) {
        limits.admitRequest(perMinute).ifPresent(wait -> {
            stats.injected(FaultKind.REQUESTS_PER_MINUTE);
            throw answers.requestsPerMinute(perMinute, wait);
        });
    }

    private void throwErrorAnswer(HttpFaults http) {
        int picked = dice.pick(http.errorProbabilities());
        if (picked < 0) {
            return;
        }
        FaultKind kind = FaultKind.ERROR_ANSWERS.get(picked);
        stats.injected(kind);
        throw switch (kind) {
            case RATE_LIMIT -> answers.rateLimited(answers.retryHeaders(http.retryAfter()));
            case RATE_LIMIT_NO_RETRY_AFTER -> answers.rateLimited(Map.of());
            case BAD_GATEWAY -> answers.serverError(502);
            case UNAVAILABLE -> answers.serverError(503);
            default -> answers.serverError(500);
        };
    }

    private String pickFailure(Map<String, Double> failed) {
        if (failed.isEmpty()) {
            return null;
        }
        List<String> codes = List.copyOf(failed.keySet());
        int picked = dice.pick(codes.stream().mapToDouble(failed::get).toArray());
        return count(picked >= 0, FaultKind.FAILED_JOB) ? codes.get(picked) : null;
    }

    private boolean count(boolean struck, FaultKind kind) {
        if (struck) {
            stats.injected(kind);
        }
        return struck;
    }
}
