package com.videopipeline.simulator;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.time.Duration;

/**
 * Counts running exchanges so stop can wait for them. Needed because JDK 17's {@code HttpServer.stop(delay)}
 * always waits the whole delay, even when idle; stopping refuses new requests with 503 instead.
 */
final class InFlightTracker extends Filter {

    private final Object lock = new Object();
    private int active;
    private boolean stopping;

    @Override
    public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
        synchronized (lock) {
            if (stopping) {
                exchange.getResponseHeaders().set("Connection", "close");
                HttpIo.sendEmpty(exchange, 503);
                return;
            }
            active++;
        }
        try {
            chain.doFilter(exchange);
        } finally {
            synchronized (lock) {
                active--;
                lock.notifyAll();
            }
        }
    }

    @Override
    public String description() {
        return "counts in-flight exchanges for graceful stop";
    }

    /** Refuses new exchanges and waits up to {@code grace} for running ones; true if all finished. */
    boolean drain(Duration grace) throws InterruptedException {
        long deadline = System.nanoTime() + grace.toNanos();
        synchronized (lock) {
            stopping = true;
            while (active > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                lock.wait(Math.max(1, left / 1_000_000));
            }
            return true;
        }
    }
}
