package com.videopipeline.simulator;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * OpenAI's {@code GET /openai/v1/models}: the video models this simulator knows, in the real list shape. The
 * pipeline's health check reads it as the cheapest call that proves the provider answers our key.
 */
final class OpenAiModelsHandler extends ApiHandler {

    static final String PATH = "/openai/v1/models";

    /** A fixed creation time: the real API gives each model's release date. */
    private static final long CREATED = 1_727_000_000L;

    private final SimulatorProperties properties;

    OpenAiModelsHandler(StatsCounter stats, FaultInjector faults, SimulatorProperties properties) {
        super(stats, faults);
        this.properties = properties;
    }

    @Override
    void route(HttpExchange exchange) throws IOException {
        OpenAiHandler.requireApiKey(exchange);
        requireEndpoint(exchange, "GET", PATH, ApiException::openAiInvalidUrl);
        inject(ApiCall.OTHER);
        List<Map<String, Object>> models = new TreeSet<>(properties.openaiModels().keySet()).stream()
                .map(id -> Map.<String, Object>of("id", id, "object", "model", "created", CREATED,
                        "owned_by", "system"))
                .toList();
        HttpIo.sendJson(exchange, 200, Map.of("object", "list", "data", models));
    }

    @Override
    ApiException serverError() {
        return ApiException.openAi(500, "server_error", null, null, "The server had an error processing your request.");
    }
}
