package com.videopipeline.simulator;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;

/**
 * The faults decided for the answer of one call, applied only if the call gets as far as a success answer: a
 * withheld answer (timeout), a JSON body cut in half, a download cut off halfway.
 */
final class CallPlan {

    static final CallPlan NONE = new CallPlan(null, false, false, null, null);

    private final Duration timeout;
    private final boolean malformed;
    private final boolean truncate;
    private final HeldRequests held;
    private final StatsCounter stats;

    CallPlan(Duration timeout, boolean malformed, boolean truncate, HeldRequests held, StatsCounter stats) {
        this.timeout = timeout;
        this.malformed = malformed;
        this.truncate = truncate;
        this.held = held;
        this.stats = stats;
    }

    /** Sends a 200 JSON answer, or holds and drops it, or cuts it so it does not parse. */
    void sendJson(HttpExchange exchange, Object body) throws IOException {
        withholdIfTimedOut();
        byte[] bytes = HttpIo.JSON.writeValueAsBytes(body);
        if (malformed) {
            stats.injected(FaultKind.MALFORMED_JSON);
            bytes = Arrays.copyOf(bytes, bytes.length / 2);
        }
        HttpIo.sendBytes(exchange, "application/json", bytes);
    }

    /** Called before a download starts streaming: a timed-out one is held, then dropped. */
    void beforeStream() throws IOException {
        withholdIfTimedOut();
    }

    /** True if this download is to break off halfway. */
    boolean truncate() {
        if (truncate) {
            stats.injected(FaultKind.TRUNCATED_DOWNLOAD);
        }
        return truncate;
    }

    /** The work is done (a create has created its job); only the answer is lost, as when a client times out. */
    private void withholdIfTimedOut() throws IOException {
        if (timeout == null) {
            return;
        }
        stats.injected(FaultKind.TIMEOUT);
        held.hold(timeout);
        throw new IOException("answer withheld by an injected timeout");
    }
}
