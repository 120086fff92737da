package com.videopipeline.simulator;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** {@code GET /videos/{id}/content}: the video or its thumbnail or spritesheet, only while completed and unexpired. */
final class OpenAiContent {

    private final VideoOutput output;
    private final StatsCounter stats;
    private final Duration ttl;
    private final Clock clock;

    OpenAiContent(VideoOutput output, StatsCounter stats, Duration ttl, Clock clock) {
        this.output = output;
        this.stats = stats;
        this.ttl = ttl;
        this.clock = clock;
    }

    /** Download faults (timeout, truncation) strike the video only; the small images are served as they are. */
    void send(HttpExchange exchange, SimJob job, CallPlan plan) throws IOException {
        String variant = HttpIo.query(exchange).getOrDefault("variant", "video");
        checkDownloadable(job);
        switch (variant) {
            case "video" -> {
                plan.beforeStream();
                stats.downloaded();
                output.sendVideo(exchange, job, plan.truncate());
            }
            case "thumbnail" -> output.sendThumbnail(exchange, job);
            case "spritesheet" -> output.sendSpritesheet(exchange, job);
            default -> throw ApiException.openAiInvalid("variant", "invalid_value", "Invalid value: '" + variant
                    + "'. Supported values are: 'video', 'thumbnail', and 'spritesheet'.");
        }
    }

    private void checkDownloadable(SimJob job) {
        Instant now = clock.instant();
        if (job.phase(now) != JobPhase.SUCCEEDED) {
            throw ApiException.openAi(404, "invalid_request_error", null, null, "Video " + job.id()
                    + " is not ready: its status is " + OpenAiVideoJson.of(job, now, ttl).status() + ".");
        }
        if (now.isAfter(job.finishedAt().plus(job.outputTtl(ttl)))) {
            throw ApiException.openAi(404, "invalid_request_error", null, null,
                    "The assets of video " + job.id() + " have expired.");
        }
    }
}
