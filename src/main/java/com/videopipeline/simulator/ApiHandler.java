package com.videopipeline.simulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.function.BiFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Common error handling of the simulator's HTTP handlers: provider-shaped 4xx answers, counted as rejected unless
 * they are injected faults. An {@link IOException} escapes on purpose: the JDK server then drops the connection,
 * which is what a client should see when a download breaks off or an answer is withheld.
 */
abstract class ApiHandler implements HttpHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiHandler.class);

    private final StatsCounter stats;
    private final FaultInjector faults;

    ApiHandler(StatsCounter stats, FaultInjector faults) {
        this.stats = stats;
        this.faults = faults;
    }

    @Override
    public final void handle(HttpExchange exchange) throws IOException {
        try {
            route(exchange);
        } catch (ApiException e) {
            rejectWith(exchange, e);
        } catch (RuntimeException e) {
            log.error("Simulator failed on {} {}", exchange.getRequestMethod(), exchange.getRequestURI().getPath(), e);
            HttpIo.sendJson(exchange, 500, serverError().body());
        }
        exchange.close();
    }

    /** Answers one request; throws {@link ApiException} for a client error. */
    abstract void route(HttpExchange exchange) throws IOException;

    /** The provider's body for an unexpected failure of the simulator itself. */
    abstract ApiException serverError();

    /** For a handler of one endpoint: the provider's {@code notFound} answer unless this is {@code method} on it. */
    static void requireEndpoint(HttpExchange exchange, String method, String path,
                                BiFunction<String, String, ApiException> notFound) {
        String asked = exchange.getRequestURI().getPath();
        if (!asked.equals(path) || !method.equals(exchange.getRequestMethod())) {
            throw notFound.apply(exchange.getRequestMethod(), asked);
        }
    }

    StatsCounter stats() {
        return stats;
    }

    FaultInjector faults() {
        return faults;
    }

    /** Applies the faults and limits to a call before it is served; throws the injected error answer, if any. */
    CallPlan inject(ApiCall call) throws IOException {
        return faults.beforeCall(call);
    }

    private void rejectWith(HttpExchange exchange, ApiException e) throws IOException {
        if (e.status() < 500 && !e.isInjected()) {
            stats.rejected();
        }
        log.debug("{} {} {} with {}: {}", e.isInjected() ? "Injected fault on" : "Rejected",
                exchange.getRequestMethod(), exchange.getRequestURI().getPath(), e.status(), e.getMessage());
        e.headers().forEach(exchange.getResponseHeaders()::set);
        HttpIo.sendJson(exchange, e.status(), e.body());
    }
}
