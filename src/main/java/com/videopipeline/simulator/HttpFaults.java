package com.videopipeline.simulator;

import java.time.Duration;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Faults of single API calls (create, status, download), each a probability 0..1. The five error answers exclude
 * each other (one draw decides), so together they may reach 1 at most.
 *
 * @param rateLimit             429 with {@code Retry-After} (OpenAI also {@code retry-after-ms})
 * @param rateLimitNoRetryAfter 429 without any retry header, as the spec allows
 * @param retryAfter            the wait those headers announce (also on OpenAI's concurrency 429); default 2 s
 * @param serverError           500
 * @param badGateway            502
 * @param unavailable           503
 * @param slow                  the answer comes {@code slowDelay} late (default 2 s)
 * @param timeout               the call is served (a create does create the job) but the answer is withheld for
 *                              {@code timeoutDelay} (default 65 s, just past a 60 s client timeout), then the
 *                              connection is dropped without one
 * @param malformedJson         a 200 JSON answer is cut in half, so it does not parse
 * @param calls                 the calls these faults strike, any of {@code create}, {@code status} and
 *                              {@code download}; empty (the default) means all three. Aiming them lets a test ask
 *                              e.g. for garbled status answers only, or for creates whose answer is lost
 */
public record HttpFaults(double rateLimit, double rateLimitNoRetryAfter, Duration retryAfter, double serverError,
                         double badGateway, double unavailable, double slow, Duration slowDelay, double timeout,
                         Duration timeoutDelay, double malformedJson, Set<String> calls) {

    /** The call kinds {@code calls} may name; list, delete and cancel take no call faults at all. */
    private static final Set<String> AIMABLE = Set.of("create", "status", "download");

    public HttpFaults {
        FaultRules.requireProbability("rate-limit", rateLimit);
        FaultRules.requireProbability("rate-limit-no-retry-after", rateLimitNoRetryAfter);
        FaultRules.requireProbability("server-error", serverError);
        FaultRules.requireProbability("bad-gateway", badGateway);
        FaultRules.requireProbability("unavailable", unavailable);
        FaultRules.requireProbability("slow", slow);
        FaultRules.requireProbability("timeout", timeout);
        FaultRules.requireProbability("malformed-json", malformedJson);
        FaultRules.requireTotalAtMostOne("rate-limit, rate-limit-no-retry-after, server-error, bad-gateway and"
                + " unavailable", rateLimit, rateLimitNoRetryAfter, serverError, badGateway, unavailable);
        retryAfter = FaultRules.duration("retry-after", retryAfter, Duration.ofSeconds(2));
        slowDelay = FaultRules.duration("slow-delay", slowDelay, Duration.ofSeconds(2));
        timeoutDelay = FaultRules.duration("timeout-delay", timeoutDelay, Duration.ofSeconds(65));
        calls = aimedAt(calls);
    }

    public static HttpFaults none() {
        return new HttpFaults(0, 0, null, 0, 0, 0, 0, null, 0, null, 0, null);
    }

    /** True if these faults may strike {@code call}. */
    boolean strikes(ApiCall call) {
        return call != ApiCall.OTHER && (calls.isEmpty() || calls.contains(call.name().toLowerCase(Locale.ROOT)));
    }

    /** Lower case and sorted, so settings compare equal and print the same however they were written. */
    private static Set<String> aimedAt(Set<String> calls) {
        Set<String> sorted = new TreeSet<>();
        if (calls != null) {
            for (String call : calls) {
                String name = call == null ? "" : call.trim().toLowerCase(Locale.ROOT);
                if (!AIMABLE.contains(name)) {
                    throw new IllegalArgumentException("calls: unknown call '" + call
                            + "'; expected create, status or download");
                }
                sorted.add(name);
            }
        }
        return Collections.unmodifiableSet(sorted);
    }

    /** The exclusive error answers in the order of {@link FaultKind#ERROR_ANSWERS}. */
    double[] errorProbabilities() {
        return new double[] {rateLimit, rateLimitNoRetryAfter, serverError, badGateway, unavailable};
    }
}
