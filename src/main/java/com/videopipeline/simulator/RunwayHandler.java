package com.videopipeline.simulator;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Runway API under {@code /runway/v1}: the three video generation endpoints and task retrieve/cancel. Tasks over
 * the concurrency limit wait THROTTLED; every request gives them a chance to start.
 */
final class RunwayHandler extends ApiHandler {

    static final String PATH = "/runway/v1/";
    static final String API_VERSION = "2024-11-06";

    private static final Pattern CREATE = Pattern.compile("/runway/v1/([a-z_]+)");
    private static final Pattern TASK = Pattern.compile("/runway/v1/tasks/([^/]+)");

    private final JobStore jobs;
    private final RunwayCreateValidator validator;
    private final SimulatorProperties properties;
    private final RunwayOutputLinks links;
    private final Clock clock;
    private final ConcurrencySlots slots;

    RunwayHandler(StatsCounter stats, FaultInjector faults, JobStore jobs, SimulatorProperties properties,
                  RunwayOutputLinks links, Clock clock) {
        super(stats, faults);
        this.jobs = jobs;
        this.slots = new ConcurrencySlots(jobs);
        this.validator = new RunwayCreateValidator(properties.runwayModels());
        this.properties = properties;
        this.links = links;
        this.clock = clock;
    }

    @Override
    void route(HttpExchange exchange) throws IOException {
        requireApiKey(exchange);
        requireVersion(exchange);
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        Matcher task = TASK.matcher(path);
        Matcher create = CREATE.matcher(path);
        slots.release(concurrencyLimit(), clock.instant());
        if (task.matches() && "GET".equals(method)) {
            stats().statusPolled();
            CallPlan plan = inject(ApiCall.STATUS);
            plan.sendJson(exchange, RunwayTaskJson.of(find(task.group(1)), clock.instant(), links::urlFor));
        } else if (task.matches() && "DELETE".equals(method)) {
            inject(ApiCall.OTHER);
            cancelOrDelete(exchange, find(task.group(1)));
        } else if (create.matches() && validator.knowsEndpoint(create.group(1)) && "POST".equals(method)) {
            create(exchange, create.group(1), inject(ApiCall.CREATE));
        } else {
            throw ApiException.runwayNotFound(method, path);
        }
    }

    @Override
    ApiException serverError() {
        return ApiException.runway(500, "Internal server error");
    }

    /** Over the daily quota the create is refused with a 429; over the concurrency limit the task is throttled. */
    private void create(HttpExchange exchange, String endpoint, CallPlan plan) throws IOException {
        RunwayCreateRequest request = validator.validate(endpoint, readJson(exchange));
        Instant now = clock.instant();
        SimJob job = faults().admitCreate(request.model(), () -> jobs.running(request.model(), now), () -> {
            SimJob created = new SimJob(UUID.randomUUID().toString(), jobs.nextSequence(), endpoint,
                    request.model(), request.promptText(), request.width(), request.height(), request.seconds(),
                    now, now, properties.generationTime(), SimHooks.parse(request.promptText(), "runway"),
                    faults().planJob(), null);
            if (slots.admit(created, concurrencyLimit(), now)) {
                stats().throttled();
            }
            return created;
        });
        stats().jobCreated();
        plan.sendJson(exchange, Map.of("id", job.id()));
    }

    private int concurrencyLimit() {
        return faults().settings().limits().maxConcurrentPerModel();
    }

    /** DELETE cancels a task still in progress; a finished one is deleted and can no longer be fetched. */
    private void cancelOrDelete(HttpExchange exchange, SimJob job) throws IOException {
        Instant now = clock.instant();
        if (job.phase(now).isTerminal()) {
            jobs.remove(job.id());
        } else {
            jobs.update(job.id(), found -> found.cancel(now));
        }
        HttpIo.sendEmpty(exchange, 204);
    }

    private JsonNode readJson(HttpExchange exchange) throws IOException {
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw ApiException.runway(400, "Content-Type must be application/json");
        }
        byte[] body = HttpIo.readBody(exchange, HttpIo.MAX_BODY_BYTES,
                () -> ApiException.runway(413, "Request body is too large"));
        try {
            return HttpIo.JSON.readTree(body);
        } catch (JacksonException e) {
            throw ApiException.runway(400, "Request body is not valid JSON");
        }
    }

    private SimJob find(String id) {
        return jobs.find(id).orElseThrow(() -> ApiException.runway(404, "Task not found"));
    }

    /** Any {@code key_} key is accepted; the key itself is never logged or echoed. */
    static void requireApiKey(HttpExchange exchange) {
        String token = HttpIo.bearerToken(exchange);
        if (token == null || !token.startsWith("key_")) {
            throw ApiException.runway(401, "Invalid API key. Send 'Authorization: Bearer key_...'.");
        }
    }

    static void requireVersion(HttpExchange exchange) {
        String version = exchange.getRequestHeaders().getFirst("X-Runway-Version");
        if (version == null) {
            throw ApiException.runway(400, "The X-Runway-Version header is required; use " + API_VERSION);
        }
        if (!API_VERSION.equals(version.trim())) {
            throw ApiException.runway(400, "Unsupported X-Runway-Version '" + version + "'; use " + API_VERSION);
        }
    }
}
