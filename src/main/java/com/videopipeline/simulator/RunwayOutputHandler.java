package com.videopipeline.simulator;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serves Runway output files at their signed URLs. Like a real pre-signed CDN link it needs no API key,
 * only a valid, unexpired signature.
 */
final class RunwayOutputHandler extends ApiHandler {

    static final String PATH = "/runway/outputs/";

    private static final Pattern FILE = Pattern.compile("/runway/outputs/([0-9a-fA-F-]{36})\\.mp4");

    private final JobStore jobs;
    private final OutputSigner signer;
    private final VideoOutput output;
    private final Clock clock;

    RunwayOutputHandler(StatsCounter stats, FaultInjector faults, JobStore jobs, OutputSigner signer,
                        VideoOutput output, Clock clock) {
        super(stats, faults);
        this.jobs = jobs;
        this.signer = signer;
        this.output = output;
        this.clock = clock;
    }

    @Override
    void route(HttpExchange exchange) throws IOException {
        Matcher file = FILE.matcher(exchange.getRequestURI().getPath());
        if (!file.matches()) {
            throw ApiException.runway(404, "Not found");
        }
        if (!"GET".equals(exchange.getRequestMethod())) {
            throw ApiException.runway(405, "Method not allowed");
        }
        CallPlan plan = inject(ApiCall.DOWNLOAD);
        String taskId = file.group(1);
        checkSignature(taskId, HttpIo.query(exchange));
        SimJob job = jobs.find(taskId)
                .filter(found -> found.phase(clock.instant()) == JobPhase.SUCCEEDED)
                .orElseThrow(() -> ApiException.runway(404, "Output not found"));
        plan.beforeStream();
        stats().downloaded();
        output.sendVideo(exchange, job, plan.truncate());
    }

    @Override
    ApiException serverError() {
        return ApiException.runway(500, "Internal error");
    }

    private void checkSignature(String taskId, Map<String, String> query) {
        long expires = parseExpiry(query.get("exp"));
        String signature = query.get("sig");
        if (signature == null || expires < 0 || !signer.verify(taskId, expires, signature)) {
            throw ApiException.runway(403, "Access denied: signature does not match");
        }
        if (clock.instant().getEpochSecond() > expires) {
            throw ApiException.runway(403, "Access denied: the URL has expired");
        }
    }

    private static long parseExpiry(String text) {
        try {
            return text == null ? -1 : Long.parseLong(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
