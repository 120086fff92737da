package com.videopipeline.simulator;

import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Requests deliberately kept waiting by the slow and timeout faults. A reset releases them at once and a stop
 * refuses new holds, so neither waits behind a fault (the graceful stop drains running requests).
 */
final class HeldRequests {

    private final Object lock = new Object();
    private long generation;
    private boolean closed;

    /** Waits for {@code duration}, or less if released; an interrupt ends the request. */
    void hold(Duration duration) throws InterruptedIOException {
        long deadline = System.nanoTime() + duration.toNanos();
        synchronized (lock) {
            long started = generation;
            while (!closed && generation == started) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return;
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(lock, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new InterruptedIOException("held request interrupted");
                }
            }
        }
    }

    /** Ends every current hold. */
    void releaseAll() {
        synchronized (lock) {
            generation++;
            lock.notifyAll();
        }
    }

    /** Ends every hold and makes new ones return at once, until {@link #open()}. */
    void close() {
        synchronized (lock) {
            closed = true;
            lock.notifyAll();
        }
    }

    void open() {
        synchronized (lock) {
            closed = false;
        }
    }
}
