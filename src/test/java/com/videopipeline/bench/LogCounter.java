package com.videopipeline.bench;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.LoggerFactory;

/**
 * Counts what the pipeline says about retries and failures while the measured batch runs: every WARN or ERROR of
 * {@code com.videopipeline}, sorted by what it means ({@code JobFailures} writes "trying again in" for a retry and
 * "failed:" for a job it ends). Attached after Spring Boot has configured logging, which would otherwise drop it.
 */
final class LogCounter extends AppenderBase<ILoggingEvent> {

    private static final int KEEP = 20;

    private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();
    private final List<String> samples = new ArrayList<>();

    static LogCounter attach() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        LogCounter counter = new LogCounter();
        counter.setContext(context);
        counter.setName("saturation-bench");
        counter.start();
        context.getLogger("com.videopipeline").addAppender(counter);
        return counter;
    }

    void detach() {
        ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger("com.videopipeline").detachAppender(this);
        stop();
    }

    void clear() {
        counts.clear();
        synchronized (samples) {
            samples.clear();
        }
    }

    @Override
    protected void append(ILoggingEvent event) {
        if (!event.getLevel().isGreaterOrEqual(Level.WARN)) {
            return;
        }
        String message = event.getFormattedMessage();
        counts.computeIfAbsent(kind(message), k -> new AtomicLong()).incrementAndGet();
        if (message.contains("RATE_LIMITED")) {
            counts.computeIfAbsent("429 (RATE_LIMITED) in a retry or failure", k -> new AtomicLong())
                    .incrementAndGet();
        }
        synchronized (samples) {
            if (samples.size() < KEEP) {
                samples.add(event.getLevel() + " " + shortName(event.getLoggerName()) + ": " + message);
            }
        }
    }

    private static String kind(String message) {
        if (message.contains("trying again in")) {
            return "retry (stage tried again later)";
        }
        if (message.contains("generating again")) {
            return "regeneration (provider failed the job, made again)";
        }
        if (message.contains("reconciling")) {
            return "submit outcome unknown (reconciliation)";
        }
        if (message.contains(" failed: ")) {
            return "job failed";
        }
        return "other warning";
    }

    private static String shortName(String logger) {
        return logger.substring(logger.lastIndexOf('.') + 1);
    }

    long count(String kindPrefix) {
        return counts.entrySet().stream().filter(e -> e.getKey().startsWith(kindPrefix))
                .mapToLong(e -> e.getValue().get()).sum();
    }

    Map<String, Long> counts() {
        Map<String, Long> copy = new TreeMap<>();
        counts.forEach((k, v) -> copy.put(k, v.get()));
        return copy;
    }

    List<String> samples() {
        synchronized (samples) {
            return List.copyOf(samples);
        }
    }
}
