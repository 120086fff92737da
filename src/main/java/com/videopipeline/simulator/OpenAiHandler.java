package com.videopipeline.simulator;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The OpenAI Videos API under {@code /openai/v1}: create, retrieve, list, delete and download. */
final class OpenAiHandler extends ApiHandler {

    static final String PATH = "/openai/v1/";

    private static final String VIDEOS = "/openai/v1/videos";
    private static final Pattern VIDEO = Pattern.compile(VIDEOS + "/([^/]+)");
    private static final Pattern CONTENT = Pattern.compile(VIDEOS + "/([^/]+)/content");

    private final JobStore jobs;
    private final OpenAiCreateValidator validator;
    private final OpenAiContent content;
    private final SimulatorProperties properties;
    private final Clock clock;
    private final OpenAiWebhookSender webhooks;

    OpenAiHandler(StatsCounter stats, FaultInjector faults, JobStore jobs, VideoOutput output,
                  SimulatorProperties properties, Clock clock, OpenAiWebhookSender webhooks) {
        super(stats, faults);
        this.webhooks = webhooks;
        this.jobs = jobs;
        this.validator = new OpenAiCreateValidator(properties.openaiModels());
        this.content = new OpenAiContent(output, stats, properties.outputTtl(), clock);
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    void route(HttpExchange exchange) throws IOException {
        requireApiKey(exchange);
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        Matcher download = CONTENT.matcher(path);
        Matcher video = VIDEO.matcher(path);
        if (path.equals(VIDEOS) && "POST".equals(method)) {
            create(exchange, inject(ApiCall.CREATE));
        } else if (path.equals(VIDEOS) && "GET".equals(method)) {
            inject(ApiCall.OTHER);
            HttpIo.sendJson(exchange, 200, OpenAiVideoList.page(jobs, HttpIo.query(exchange), now(), ttl()));
        } else if (download.matches() && "GET".equals(method)) {
            CallPlan plan = inject(ApiCall.DOWNLOAD);
            content.send(exchange, find(download.group(1)), plan);
        } else if (video.matches() && "GET".equals(method)) {
            stats().statusPolled();
            CallPlan plan = inject(ApiCall.STATUS);
            sendVideo(exchange, find(video.group(1)), plan);
        } else if (video.matches() && "DELETE".equals(method)) {
            inject(ApiCall.OTHER);
            delete(exchange, find(video.group(1)));
        } else {
            throw ApiException.openAiInvalidUrl(method, path);
        }
    }

    @Override
    ApiException serverError() {
        return ApiException.openAi(500, "server_error", null, null, "The server had an error processing your request.");
    }

    /** Over the daily quota or the concurrency limit of the model, the create is refused with a 429. */
    private void create(HttpExchange exchange, CallPlan plan) throws IOException {
        byte[] body = HttpIo.readBody(exchange, HttpIo.MAX_BODY_BYTES, () -> ApiException.openAi(413,
                "invalid_request_error", null, null, "Request body exceeds " + HttpIo.MAX_BODY_BYTES + " bytes."));
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        OpenAiCreateRequest request = validator.validate(OpenAiCreateParser.parse(contentType, body));
        Instant now = now();
        SimJob job = faults().admitCreate(request.model(), () -> jobs.running(request.model(), now), () -> {
            SimJob created = new SimJob("video_" + UUID.randomUUID().toString().replace("-", ""),
                    jobs.nextSequence(), "videos", request.model(), request.prompt(), request.width(),
                    request.height(), request.seconds(), now, now, properties.generationTime(),
                    SimHooks.parse(request.prompt(), "openai"), faults().planJob(), null);
            jobs.put(created);
            return created;
        });
        stats().jobCreated();
        webhooks.watch(job);
        sendVideo(exchange, job, plan);
    }

    private void delete(HttpExchange exchange, SimJob job) throws IOException {
        if (!job.phase(now()).isTerminal()) {
            throw ApiException.openAiInvalid(null, null, "Video " + job.id()
                    + " cannot be deleted until it has completed or failed.");
        }
        jobs.remove(job.id());
        HttpIo.sendJson(exchange, 200, Map.of("id", job.id(), "object", "video.deleted", "deleted", true));
    }

    private void sendVideo(HttpExchange exchange, SimJob job, CallPlan plan) throws IOException {
        exchange.getResponseHeaders().set("openai-poll-after-ms",
                String.valueOf(properties.openaiPollAfter().toMillis()));
        plan.sendJson(exchange, OpenAiVideoJson.of(job, now(), ttl()));
    }

    private SimJob find(String id) {
        return jobs.find(id).orElseThrow(() -> ApiException.openAi(404, "invalid_request_error", null, null,
                "Video with id '" + id + "' not found."));
    }

    /** Any {@code sk-} key is accepted; the key itself is never logged or echoed. */
    static void requireApiKey(HttpExchange exchange) {
        String token = HttpIo.bearerToken(exchange);
        if (token == null || !token.startsWith("sk-")) {
            throw ApiException.openAi(401, "invalid_request_error", null, "invalid_api_key", token == null
                    ? "You didn't provide an API key. Send it in an Authorization header as Bearer auth."
                    : "Incorrect API key provided. You can find your API key at "
                            + "https://platform.openai.com/account/api-keys.");
        }
    }

    private Instant now() {
        return clock.instant();
    }

    private Duration ttl() {
        return properties.outputTtl();
    }
}
