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
import java.util.concurrent.ThreadPoolExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * In-process fake of the OpenAI Videos and Runway APIs over real HTTP, strict enough to catch client bugs.
 * Paths: {@code /openai/v1/...}, {@code /runway/v1/...} (plus signed {@code /runway/outputs/...}) and
 * {@code /simulator/stats|reset|faults}. Faults and limits ({@link FaultSettings}) strike the provider calls only.
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
    private static final String NO_DELAY = "sun.net.httpserver.nodelay";

    static {
        // The JDK server flushes headers and body as separate small writes; with Nagle's algorithm the body then
        // waits for the client's delayed ACK, about 40 ms per answer on Linux. Read once, when the JDK server
        // classes load, so it is set here unless the JVM was told otherwise.
        if (System.getProperty(NO_DELAY) == null) {
            System.setProperty(NO_DELAY, "true");
        }
    }

    private final SimulatorProperties properties;
    private final Clock clock;
    private final JobStore openAiJobs = new JobStore();
    private final JobStore runwayJobs = new JobStore();
    private final StatsCounter openAiStats = new StatsCounter();
    private final StatsCounter runwayStats = new StatsCounter();
    private final FaultControl faults;
    private HttpServer server;
    private ThreadPoolExecutor executor;
    private InFlightTracker inFlight;
    private volatile OpenAiWebhookSender webhooks;
    /** Read without the lock so callers never wait behind a stop that is draining downloads; -1 when stopped. */
    private volatile int boundPort = -1;

    public ProviderSimulator(SimulatorProperties properties) {
        this(properties, Clock.systemUTC());
    }

    /** With a controllable clock, so tests can move past expiry times without waiting. */
    ProviderSimulator(SimulatorProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        this.faults = new FaultControl(properties.faults(), openAiStats, runwayStats, clock);
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
        executor = SimulatorThreads.pool(properties.threads());
        inFlight = new InFlightTracker();
        webhooks = new OpenAiWebhookSender(properties.webhooks().openai(), openAiJobs, clock);
        faults.open();
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
        faults.close();
        try {
            if (!inFlight.drain(STOP_GRACE)) {
                log.warn("Provider simulator stopping with downloads still running after {}", STOP_GRACE);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        server.stop(0);
        webhooks.stop();
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
        OpenAiWebhookSender sender = webhooks;
        return new SimulatorStats(openAiStats.snapshot(), runwayStats.snapshot(),
                sender == null ? null : sender.stats());
    }

    /** Forgets all jobs, zeroes the counters and puts the configured faults back in force. */
    public void reset() {
        faults.reset();
        openAiJobs.clear();
        runwayJobs.clear();
        openAiStats.reset();
        if (webhooks != null) {
            webhooks.resetStats();
        }
        runwayStats.reset();
    }

    /** The fault settings in force, with the seed in use. */
    public FaultSettings faults() {
        return faults.settings();
    }

    /** Puts other fault settings in force at run time; without a seed the current one is kept. */
    public void faults(FaultSettings settings) {
        faults.replace(settings);
    }

    private void registerHandlers(HttpServer httpServer) {
        VideoOutput output = new VideoOutput(new Mp4Synth(), properties.fps(), properties.paddingBytes());
        OutputSigner signer = new OutputSigner();
        RunwayOutputLinks links = new RunwayOutputLinks(baseUrl(), signer, properties.outputTtl(), clock);
        Map<String, HttpHandler> handlers = Map.of(
                OpenAiHandler.PATH,
                new OpenAiHandler(openAiStats, faults.openAi(), openAiJobs, output, properties, clock, webhooks),
                RunwayHandler.PATH,
                new RunwayHandler(runwayStats, faults.runway(), runwayJobs, properties, links, clock),
                RunwayOutputHandler.PATH,
                new RunwayOutputHandler(runwayStats, faults.runway(), runwayJobs, signer, output, clock),
                OpenAiChatHandler.PATH, new OpenAiChatHandler(openAiStats, faults.openAi(), clock),
                OpenAiModelsHandler.PATH, new OpenAiModelsHandler(openAiStats, faults.openAi(), properties),
                RunwayOrganizationHandler.PATH, new RunwayOrganizationHandler(runwayStats, faults.runway(), properties),
                ModerationHandler.PATH, new ModerationHandler(openAiStats, properties.moderation()),
                OpsHandler.PATH, new OpsHandler(this, faults));
        handlers.forEach((path, handler) -> httpServer.createContext(path, handler).getFilters().add(inFlight));
    }
}
