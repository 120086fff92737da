package com.videopipeline.simulator;

import java.util.List;

/** The injected faults and hit limits, named as in the configuration, for the {@code injected} counters. */
enum FaultKind {
    RATE_LIMIT("rate-limit"),
    RATE_LIMIT_NO_RETRY_AFTER("rate-limit-no-retry-after"),
    SERVER_ERROR("server-error"),
    BAD_GATEWAY("bad-gateway"),
    UNAVAILABLE("unavailable"),
    SLOW("slow"),
    TIMEOUT("timeout"),
    MALFORMED_JSON("malformed-json"),
    FAILED_JOB("failed-job"),
    NEVER_FINISH("never-finish"),
    CORRUPT_DOWNLOAD("corrupt-download"),
    TRUNCATED_DOWNLOAD("truncated-download"),
    EARLY_EXPIRY("early-expiry"),
    CONCURRENCY_LIMIT("concurrency-limit"),
    REQUESTS_PER_MINUTE("requests-per-minute"),
    DAILY_QUOTA("daily-quota");

    /** The mutually exclusive error answers, in the order of {@link HttpFaults#errorProbabilities()}. */
    static final List<FaultKind> ERROR_ANSWERS =
            List.of(RATE_LIMIT, RATE_LIMIT_NO_RETRY_AFTER, SERVER_ERROR, BAD_GATEWAY, UNAVAILABLE);

    private final String key;

    FaultKind(String key) {
        this.key = key;
    }

    String key() {
        return key;
    }
}
