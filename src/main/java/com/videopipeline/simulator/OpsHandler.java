package com.videopipeline.simulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.Map;

/**
 * Operator endpoints under {@code /simulator}: counters for assertions, a reset between test scenarios, and the
 * fault settings ({@code GET}/{@code PUT /simulator/faults}) so a running simulator can be made to misbehave.
 * Faults never strike these endpoints.
 */
final class OpsHandler implements HttpHandler {

    static final String PATH = "/simulator/";

    private static final int MAX_SETTINGS_BYTES = 1024 * 1024;

    private final ProviderSimulator simulator;
    private final FaultControl faults;

    OpsHandler(ProviderSimulator simulator, FaultControl faults) {
        this.simulator = simulator;
        this.faults = faults;
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
            case "GET /simulator/faults" -> sendFaults(exchange);
            case "PUT /simulator/faults" -> putFaults(exchange);
            default -> HttpIo.sendJson(exchange, 404, Map.of("error", "Not found: " + route));
        }
        exchange.close();
    }

    /** Replaces the settings of the providers named in the body; answers the settings now in force. */
    private void putFaults(HttpExchange exchange) throws IOException {
        FaultSettings settings;
        try {
            byte[] body = HttpIo.readBody(exchange, MAX_SETTINGS_BYTES,
                    () -> new IllegalArgumentException("larger than " + MAX_SETTINGS_BYTES + " bytes"));
            settings = FaultJson.merge(faults.settings(), body);
        } catch (IllegalArgumentException e) {
            HttpIo.sendJson(exchange, 400, Map.of("error", "Invalid fault settings: " + e.getMessage()));
            return;
        }
        faults.replace(settings);
        sendFaults(exchange);
    }

    private void sendFaults(HttpExchange exchange) throws IOException {
        HttpIo.sendBytes(exchange, "application/json", FaultJson.write(faults.settings()));
    }
}
