package com.videopipeline.simulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.Map;

/** Operator endpoints under {@code /simulator}: counters for assertions, and a reset between test scenarios. */
final class OpsHandler implements HttpHandler {

    static final String PATH = "/simulator/";

    private final ProviderSimulator simulator;

    OpsHandler(ProviderSimulator simulator) {
        this.simulator = simulator;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String route = exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath();
        switch (route) {
            case "GET /simulator/stats" -> HttpIo.sendJson(exchange, 200, simulator.stats());
            case "POST /simulator/reset" -> {
                simulator.reset();
                HttpIo.sendEmpty(exchange, 204);
            }
            default -> HttpIo.sendJson(exchange, 404, Map.of("error", "Not found: " + route));
        }
        exchange.close();
    }
}
