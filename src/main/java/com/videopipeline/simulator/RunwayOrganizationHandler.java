package com.videopipeline.simulator;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runway's {@code GET /runway/v1/organization}: the account's credit balance and its tier's limits per model, in
 * the real shape. The pipeline's health check reads it as the cheapest call that proves Runway answers our key.
 */
final class RunwayOrganizationHandler extends ApiHandler {

    static final String PATH = "/runway/v1/organization";

    /** Plenty: the simulator bills nothing. */
    private static final long CREDIT_BALANCE = 1_000_000L;

    private final SimulatorProperties properties;

    RunwayOrganizationHandler(StatsCounter stats, FaultInjector faults, SimulatorProperties properties) {
        super(stats, faults);
        this.properties = properties;
    }

    @Override
    void route(HttpExchange exchange) throws IOException {
        RunwayHandler.requireApiKey(exchange);
        RunwayHandler.requireVersion(exchange);
        requireEndpoint(exchange, "GET", PATH, ApiException::runwayNotFound);
        inject(ApiCall.OTHER);
        FaultLimits limits = faults().settings().limits();
        Map<String, Object> tierModels = new TreeMap<>();
        properties.runwayModels().values().forEach(models -> models.keySet().forEach(model -> tierModels.put(model,
                Map.of("maxConcurrentGenerations", limits.maxConcurrentPerModel(),
                        "maxDailyGenerations", limits.dailyQuota()))));
        HttpIo.sendJson(exchange, 200, Map.of("creditBalance", CREDIT_BALANCE,
                "tier", Map.of("maxMonthlyCreditSpend", CREDIT_BALANCE, "models", tierModels),
                "usage", Map.of("models", Map.of())));
    }

    @Override
    ApiException serverError() {
        return ApiException.runway(500, "Internal server error");
    }
}
