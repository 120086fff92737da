package com.videopipeline.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the simulated OpenAI's {@code video.completed} and {@code video.failed} events when a video ends, signed the
 * Standard Webhooks way, from its own thread, and delivers a refused or failed event again a few times with backoff
 * under the same {@code webhook-id} (freshly timestamped and signed), as OpenAI does.
 */
final class OpenAiWebhookSender {

    private static final Logger log = LoggerFactory.getLogger(OpenAiWebhookSender.class);
    private static final Duration RECHECK = Duration.ofMillis(20);
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(10);

    private final SimulatorWebhooks.Target target;
    private final JobStore jobs;
    private final Clock clock;
    private final ScheduledExecutorService threads;
    private final HttpClient http;
    private final WebhookSigner signer;
    private final AtomicLong delivered = new AtomicLong();
    private final AtomicLong failedAttempts = new AtomicLong();
    private final AtomicLong abandoned = new AtomicLong();

    OpenAiWebhookSender(SimulatorWebhooks.Target target, JobStore jobs, Clock clock) {
        this.target = target;
        this.jobs = jobs;
        this.clock = clock;
        this.threads = target.active() ? Executors.newScheduledThreadPool(1, task -> {
            Thread thread = new Thread(task, "simulator-webhooks");
            thread.setDaemon(true);
            return thread;
        }) : null;
        this.http = target.active() ? HttpClient.newBuilder().executor(threads).connectTimeout(SEND_TIMEOUT).build() : null;
        this.signer = target.active() ? new WebhookSigner(target.secret()) : null;
    }

    /** Announces the job's end once it comes; a job that never ends is never announced. */
    void watch(SimJob job) {
        if (threads != null) {
            later(() -> check(job.id()), untilFinished(job));
        }
    }

    void stop() {
        if (threads != null) {
            threads.shutdownNow();
        }
    }

    SimulatorStats.WebhookStats stats() {
        return new SimulatorStats.WebhookStats(delivered.get(), failedAttempts.get(), abandoned.get());
    }

    void resetStats() {
        delivered.set(0);
        failedAttempts.set(0);
        abandoned.set(0);
    }

    private void check(String jobId) {
        SimJob job = jobs.find(jobId).orElse(null);
        if (job == null) {
            return; // deleted, or the simulator was reset
        }
        JobPhase phase = job.phase(clock.instant());
        if (phase == JobPhase.SUCCEEDED || phase == JobPhase.FAILED) {
            send("msg_" + UUID.randomUUID().toString().replace("-", ""), event(job, phase), 1);
        } else if (!phase.isTerminal() && !job.faults().neverFinish()) {
            later(() -> check(jobId), untilFinished(job));
        }
    }

    private void send(String webhookId, byte[] body, int attempt) {
        long timestamp = clock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(target.url()).timeout(SEND_TIMEOUT)
                .header("content-type", "application/json")
                .header("webhook-id", webhookId)
                .header("webhook-timestamp", String.valueOf(timestamp))
                .header("webhook-signature", signer.signature(webhookId, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
            if (error == null && response.statusCode() / 100 == 2) {
                delivered.incrementAndGet();
                return;
            }
            failedAttempts.incrementAndGet();
            String why = error != null ? error.toString() : "HTTP " + response.statusCode();
            if (attempt < target.maxAttempts()) {
                later(() -> send(webhookId, body, attempt + 1), target.retryDelay().multipliedBy(1L << (attempt - 1)));
            } else {
                abandoned.incrementAndGet();
                log.warn("Webhook {} to {} given up after {} attempts: {}", webhookId, target.url(), attempt, why);
            }
        });
    }

    private byte[] event(SimJob job, JobPhase phase) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("id", "evt_" + UUID.randomUUID().toString().replace("-", ""));
        event.put("object", "event");
        event.put("created_at", job.finishedAt().getEpochSecond());
        event.put("type", phase == JobPhase.SUCCEEDED ? "video.completed" : "video.failed");
        event.put("data", Map.of("id", job.id()));
        try {
            return HttpIo.JSON.writeValueAsBytes(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a webhook event", e);
        }
    }

    private Duration untilFinished(SimJob job) {
        if (job.startedAt() == null) {
            return RECHECK;
        }
        Duration left = Duration.between(clock.instant(), job.finishedAt());
        return left.compareTo(RECHECK) < 0 ? RECHECK : left;
    }

    private void later(Runnable task, Duration delay) {
        try {
            threads.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException stopped) {
            // the simulator is stopping: nothing more is sent
        }
    }
}
