package com.videopipeline.simulator;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** The simulator's request threads: daemons, so a forgotten simulator never keeps a JVM alive. */
final class SimulatorThreads {

    private static final int QUEUE_PER_THREAD = 16;

    private SimulatorThreads() {
    }

    static ThreadPoolExecutor pool(int threads) {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory factory = task -> {
            Thread thread = new Thread(task, "provider-simulator-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        // Bounded queue; when full the dispatcher runs the exchange itself, which slows accepting (back-pressure).
        return new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(threads * QUEUE_PER_THREAD), factory,
                new ThreadPoolExecutor.CallerRunsPolicy());
    }
}
