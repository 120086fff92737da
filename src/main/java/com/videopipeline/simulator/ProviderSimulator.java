package com.videopipeline.simulator;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import com.videopipeline.media.Mp4Synth;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * In-process fake of the OpenAI Videos and Runway APIs over real HTTP, strict enough to catch client bugs.
 * Paths: {@code /openai/v1/...}, {@code /runway/v1/...} (plus signed {@code /runway/outputs/...}) and
 * {@code /simulator/stats|reset}.
 *
 * <p>Test hooks, written anywhere in the prompt ({@code prompt} / {@code promptText}):
 * <ul>
 *   <li>{@code [sim:fail=CODE]}: the job ends failed with that code (OpenAI {@code error.code},
 *       Runway {@code failureCode}).</li>
 *   <li>{@code [sim:truncate]}: the download declares the full Content-Length, sends half, then drops the
 *       connection.</li>
 *   <li>{@code [sim:corrupt]}: the download has the declared length but is not an MP4.</li>
 *   <li>{@code [sim:seconds=N]}: the file lasts N seconds instead of the requested duration (the API still
 *       reports the requested one), to exercise output verification.</li>
 * </ul>
 */
public class ProviderSimulator {

    private static final Logger log = LoggerFactory.getLogger(ProviderSimulator.class);
    private static final Duration STOP_GRACE = Duration.ofSeconds(5);
    private static final int QUEUE_PER_THREAD = 16;

    private final SimulatorProperties properties;
    private final Clock clock;
    private final JobStore openAiJobs = new JobStore();
    private final JobStore runwayJobs = new JobStore();
    private final StatsCounter openAiStats = new StatsCounter();
    private final StatsCounter runwayStats = new StatsCounter();
    private HttpServer server;
    private ThreadPoolExecutor executor;
    private InFlightTracker inFlight;
    /** Read without the lock so callers never wait behind a stop that is draining downloads; -1 when stopped. */
    private volatile int boundPort = -1;

    public ProviderSimulator(SimulatorProperties properties) {
        this(properties, Clock.systemUTC());
    }

    /** With a controllable clock, so tests can move past expiry times without waiting. */
    ProviderSimulator(SimulatorProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /** Binds the port and starts serving; throws {@link UncheckedIOException} if the port is taken. */
    public synchronized void start() {
        if (server != null) {
            throw new IllegalStateException("simulator already started on port " + port());
        }
        try {
            server = HttpServer.create(new InetSocketAddress(properties.host(), properties.port()), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + properties.host() + ":" + properties.port(), e);
        }
        boundPort = server.getAddress().getPort();
        executor = newExecutor(properties.threads());
        inFlight = new InFlightTracker();
        server.setExecutor(executor);
        registerHandlers(server); // after binding: Runway output URLs need the real port
        server.start();
        log.info("Provider simulator listening on {} (OpenAI {}, Runway {})", baseUrl(), openAiBaseUrl(),
                runwayBaseUrl());
    }

    /** Refuses new requests, lets running ones (e.g. long downloads) finish for a grace period, then closes. */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        int port = port();
        try {
            if (!inFlight.drain(STOP_GRACE)) {
                log.warn("Provider simulator stopping with downloads still running after {}", STOP_GRACE);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        server.stop(0);
        executor.shutdownNow();
        server = null;
        boundPort = -1;
        log.info("Provider simulator on port {} stopped", port);
    }

    /** The port actually bound (useful with port 0). */
    public int port() {
        int port = boundPort;
        if (port < 0) {
            throw new IllegalStateException("simulator is not running");
        }
        return port;
    }

    /** {@code http://host:port}, with a wildcard bind address replaced by loopback so the URL is usable. */
    public String baseUrl() {
        String host = properties.host();
        if ("0.0.0.0".equals(host) || "::".equals(host)) {
            host = InetAddress.getLoopbackAddress().getHostAddress();
        }
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port();
    }

    /** Base URL to give an OpenAI client in place of {@code https://api.openai.com/v1}. */
    public String openAiBaseUrl() {
        return baseUrl() + "/openai/v1";
    }

    /** Base URL to give a Runway client in place of {@code https://api.dev.runwayml.com}. */
    public String runwayBaseUrl() {
        return baseUrl() + "/runway";
    }

    public SimulatorStats stats() {
        return new SimulatorStats(openAiStats.snapshot(), runwayStats.snapshot());
    }

    /** Forgets all jobs and zeroes the counters. */
    public void reset() {
        openAiJobs.clear();
        runwayJobs.clear();
        openAiStats.reset();
        runwayStats.reset();
    }

    private void registerHandlers(HttpServer httpServer) {
        VideoOutput output = new VideoOutput(new Mp4Synth(), properties.fps(), properties.paddingBytes());
        OutputSigner signer = new OutputSigner();
        RunwayOutputLinks links = new RunwayOutputLinks(baseUrl(), signer, properties.outputTtl(), clock);
        Map<String, HttpHandler> handlers = Map.of(
                OpenAiHandler.PATH, new OpenAiHandler(openAiStats, openAiJobs, output, properties, clock),
                RunwayHandler.PATH, new RunwayHandler(runwayStats, runwayJobs, properties, links, clock),
                RunwayOutputHandler.PATH, new RunwayOutputHandler(runwayStats, runwayJobs, signer, output, clock),
                OpsHandler.PATH, new OpsHandler(this));
        handlers.forEach((path, handler) -> httpServer.createContext(path, handler).getFilters().add(inFlight));
    }

    private static ThreadPoolExecutor newExecutor(int threads) {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory factory = task -> {
            Thread thread = new Thread(task, "provider-simulator-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        // Bounded queue; when full the dispatcher runs the exchange itself, which slows accepting (back-pressure).
        return new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(threads * QUEUE_PER_THREAD), factory, new ThreadPoolExecutor.CallerRunsPolicy());
    }
}
